package dev.evergreen.write;

import dev.evergreen.finding.EvergreenException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The write stage. Nothing touches the output before {@link #publish()}, so a failed build leaves the
 * previous output exactly as it was.
 *
 * <p>A first build stages everything beside the output and renames the staging directory into place.
 * Later builds compare each file with the one already published and stage only those that differ;
 * {@link #publish()} then deletes what the site no longer has and moves the changed files in one by one
 * (each move atomic). Rewriting thousands of identical files, or deleting and recreating the whole
 * tree, is what made rebuilds slow on ext4; unchanged files now keep their bytes and their timestamps.
 */
public final class SiteWriter implements AutoCloseable {

    private final Path output;
    private final Path staging;
    private final Set<Path> written = ConcurrentHashMap.newKeySet();
    /** Whether an output exists: then files are compared with it and only changes are staged. */
    private final boolean updating;
    private final AtomicInteger unchanged = new AtomicInteger();
    private boolean published;

    /** Prepares an empty staging directory beside {@code output}. */
    public SiteWriter(Path output) {
        this.output = output.toAbsolutePath().normalize();
        Path parent = this.output.getParent();
        if (parent == null) {
            throw new EvergreenException(output, "the output directory cannot be the file system root");
        }
        // Publishing replaces the output wholesale: a file there would be lost, not a previous site.
        if (Files.exists(this.output) && !Files.isDirectory(this.output)) {
            throw new EvergreenException(output, "the output path is a file, not a directory; choose another output");
        }
        String name = this.output.getFileName().toString();
        this.staging = parent.resolve("." + name + ".evergreen-staging");
        try {
            Files.createDirectories(parent);
            deleteTree(staging);
            Files.createDirectories(staging);
            this.updating = Files.isDirectory(this.output);
        } catch (IOException e) {
            throw new EvergreenException(output, 0, "cannot prepare the output directory: " + e.getMessage(), e);
        }
    }

    /** Writes one file; safe to call from many threads. Two writes to one path are a bug upstream. */
    public void write(Path relative, byte[] bytes) {
        Path target = target(relative);
        try {
            if (updating && sameAsPublished(relative, bytes)) {
                unchanged.incrementAndGet();
                return;
            }
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new EvergreenException(relative, 0, "cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces one file of a published site at once, outside any build's staging: a dev server shows an
     * edited page before the rest of its rebuild is done. The replacement is atomic, so a browser never
     * reads half a page; the build that follows finds the file identical and leaves it alone.
     */
    public static void replacePublished(Path output, Path relative, byte[] bytes) {
        Path target = inside(output.toAbsolutePath().normalize(), relative);
        Path temporary = target.resolveSibling("." + target.getFileName() + ".evergreen-new");
        try {
            Files.createDirectories(target.getParent());
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new EvergreenException(relative, 0, "cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Copies a file as it is (assets). */
    public void copy(Path relative, Path from) {
        Path target = target(relative);
        try {
            if (updating && sameAsPublished(relative, from)) {
                unchanged.incrementAndGet();
                return;
            }
            Files.createDirectories(target.getParent());
            Files.copy(from, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new EvergreenException(relative, 0, "cannot copy " + from + " to the output: " + e.getMessage(), e);
        }
    }

    /**
     * Keeps a published file as it is: a warm rebuild that knows a file did not change says so instead
     * of writing it, and {@link #publish()} does not delete it.
     */
    public void keep(Path relative) {
        target(relative);
    }

    /** Whether a path was already written in this build (an asset and a page at the same place). */
    public boolean wasWritten(Path relative) {
        return written.contains(relative.normalize());
    }

    /** How many files of this build were identical to the published ones and were left alone. */
    public int unchangedFiles() {
        return unchanged.get();
    }

    private boolean sameAsPublished(Path relative, byte[] bytes) throws IOException {
        Path published = output.resolve(relative.normalize());
        return Files.isRegularFile(published, LinkOption.NOFOLLOW_LINKS) && Files.size(published) == bytes.length
                && Arrays.equals(Files.readAllBytes(published), bytes);
    }

    private boolean sameAsPublished(Path relative, Path from) throws IOException {
        Path published = output.resolve(relative.normalize());
        return Files.isRegularFile(published, LinkOption.NOFOLLOW_LINKS) && Files.size(published) == Files.size(from)
                && Files.mismatch(published, from) == -1;
    }

    private Path target(Path relative) {
        Path target = inside(staging, relative);
        written.add(relative.normalize());
        return target;
    }

    /** Where {@code relative} lands in {@code root}; content decides these paths, and none may leave it. */
    private static Path inside(Path root, Path relative) {
        Path target = root.resolve(relative.normalize()).normalize();
        if (relative.isAbsolute() || !target.startsWith(root) || target.equals(root)) {
            throw new EvergreenException(relative, "refusing to write outside the output directory");
        }
        return target;
    }

    /** Makes the staged site the output, replacing the previous one. */
    public void publish() {
        try {
            if (updating) {
                moveStagedFilesIn();
                deleteTree(staging);
                removeWhatTheSiteNoLongerHas();
            } else {
                Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
            }
            published = true;
        } catch (IOException e) {
            throw new EvergreenException(output, 0, "cannot publish the site: " + e.getMessage(), e);
        }
    }

    private void removeWhatTheSiteNoLongerHas() throws IOException {
        Files.walkFileTree(output, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!written.contains(output.relativize(file))) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (!dir.equals(output) && isEmpty(dir)) {
                    Files.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void moveStagedFilesIn() throws IOException {
        Files.walkFileTree(staging, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path target = output.resolve(staging.relativize(file));
                clearTheWay(target);
                Files.createDirectories(target.getParent());
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * A file may take the place of a directory the site no longer has, and the reverse: what stands in
     * the way is not part of this build, so it goes before the stale sweep would remove it anyway.
     */
    private void clearTheWay(Path target) throws IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(target);
        }
        for (Path parent = target.getParent(); !parent.equals(output); parent = parent.getParent()) {
            if (Files.exists(parent, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(parent);
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    /** Without {@link #publish()}, discards the staged files: the previous output stays untouched. */
    @Override
    public void close() {
        if (!published) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
