package dev.evergreen.write;

import dev.evergreen.finding.EvergreenException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The write stage. Everything goes into a staging directory beside the output; {@link #publish()}
 * then swaps it in with two renames, so a reader (or a web server) sees the old site or the new one,
 * never half of each, and a failed build leaves the previous output exactly as it was.
 */
public final class SiteWriter implements AutoCloseable {

    private final Path output;
    private final Path staging;
    private final Path retired;
    private final Set<Path> written = ConcurrentHashMap.newKeySet();
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
        this.retired = parent.resolve("." + name + ".evergreen-old");
        try {
            Files.createDirectories(parent);
            deleteTree(staging);
            deleteTree(retired);
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new EvergreenException(output, 0, "cannot prepare the output directory: " + e.getMessage(), e);
        }
    }

    /** Writes one file; safe to call from many threads. Two writes to one path are a bug upstream. */
    public void write(Path relative, byte[] bytes) {
        Path target = target(relative);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new EvergreenException(relative, 0, "cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Copies a file as it is (assets). */
    public void copy(Path relative, Path from) {
        Path target = target(relative);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(from, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new EvergreenException(relative, 0, "cannot copy " + from + " to the output: " + e.getMessage(), e);
        }
    }

    /** Whether a path was already written in this build (an asset and a page at the same place). */
    public boolean wasWritten(Path relative) {
        return written.contains(relative.normalize());
    }

    private Path target(Path relative) {
        Path normalized = relative.normalize();
        Path target = staging.resolve(normalized).normalize();
        // Content decides these paths; nothing it says may place a file outside the output.
        if (relative.isAbsolute() || !target.startsWith(staging) || target.equals(staging)) {
            throw new EvergreenException(relative, "refusing to write outside the output directory");
        }
        written.add(normalized);
        return target;
    }

    /** Makes the staged site the output, replacing the previous one. */
    public void publish() {
        try {
            boolean hadOutput = Files.exists(output);
            if (hadOutput) {
                Files.move(output, retired, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (hadOutput) {
                    Files.move(retired, output, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            published = true;
            deleteTree(retired);
        } catch (IOException e) {
            throw new EvergreenException(output, 0, "cannot publish the site: " + e.getMessage(), e);
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
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
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
