package dev.evergreen.serve;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the content directory tree (Markdown, layouts, static files) and calls back once per burst
 * of changes, after the tree has been quiet for the debounce time. Paths inside the ignored
 * directories (the output and the reports, which the build itself writes) and hidden files (editor
 * swap files, {@code .git}) never trigger a rebuild.
 */
final class SiteWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SiteWatcher.class);

    private final Path root;
    private final List<Path> ignored;
    private final Duration debounce;
    private final WatchService service;
    private final Thread thread;
    /** Files outside the content that pages include; replaced after every build, read by the watching thread. */
    private volatile Set<Path> included = Set.of();

    SiteWatcher(Path root, List<Path> ignored, Duration debounce, Consumer<Set<Path>> onChange) {
        this.root = root.toAbsolutePath().normalize();
        this.ignored = ignored.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.debounce = debounce;
        try {
            this.service = FileSystems.getDefault().newWatchService();
            registerTree(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root, e);
        }
        this.thread = new Thread(() -> loop(onChange), "evergreen-watcher");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Hands over the files changed in one quiet period; an empty set when events were lost (rebuild all). */
    private void loop(Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                Changes changes = new Changes();
                drain(service.take(), changes);
                WatchKey next;
                while ((next = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(next, changes);
                }
                if (changes.relevant) {
                    onChange.accept(changes.overflow ? Set.of() : Set.copyOf(changes.paths));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What one quiet period changed. */
    private static final class Changes {
        private final Set<Path> paths = new HashSet<>();
        private boolean relevant;
        private boolean overflow;
    }

    /** Reads one key's events into {@code changes} and registers new directories. */
    private void drain(WatchKey key, Changes changes) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changes.relevant = true;
                changes.overflow = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            if (!watched(changed)) {
                continue;
            }
            changes.relevant = true;
            changes.paths.add(changed);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    LOG.warn("cannot watch the new directory {}: {}", changed, e.getMessage());
                }
            }
        }
        key.reset();
    }

    /**
     * Also watches these files outside the content (what code blocks include), in place of the ones
     * given before; a change to one of them counts like a change to the content.
     */
    void watchAlso(Set<Path> files) {
        for (Path file : files) {
            Path dir = file.getParent();
            if (dir != null && !dir.startsWith(root) && Files.isDirectory(dir)) {
                try {
                    dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                } catch (IOException e) {
                    LOG.warn("cannot watch {}, which a page includes: {}", dir, e.getMessage());
                }
            }
        }
        included = Set.copyOf(files);
    }

    private boolean watched(Path path) {
        if (included.contains(path)) {
            return true;
        }
        if (!path.startsWith(root) || ignored.stream().anyMatch(path::startsWith)) {
            return false;
        }
        Path relative = root.relativize(path);
        for (Path segment : relative) {
            if (segment.toString().startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private void registerTree(Path top) throws IOException {
        try (Stream<Path> dirs = Files.walk(top)) {
            for (Path dir : dirs.filter(Files::isDirectory).filter(d -> d.equals(root) || watched(d)).toList()) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            service.close();
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (IOException e) {
            LOG.debug("closing the watch service: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
