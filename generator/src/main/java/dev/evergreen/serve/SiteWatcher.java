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

    SiteWatcher(Path root, List<Path> ignored, Duration debounce, Runnable onChange) {
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

    private void loop(Runnable onChange) {
        try {
            while (true) {
                boolean relevant = drain(service.take());
                WatchKey next;
                while ((next = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(next);
                }
                if (relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads one key's events, registers new directories, and says whether any event matters. */
    private boolean drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            if (!watched(changed)) {
                continue;
            }
            relevant = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    LOG.warn("cannot watch the new directory {}: {}", changed, e.getMessage());
                }
            }
        }
        key.reset();
        return relevant;
    }

    private boolean watched(Path path) {
        if (ignored.stream().anyMatch(path::startsWith)) {
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
