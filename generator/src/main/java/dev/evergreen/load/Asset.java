package dev.evergreen.load;

import java.nio.file.Path;

/**
 * A file copied to the output unchanged, at its path relative to the content root (or theme static dir).
 *
 * @param path the path in the output, relative to its root
 * @param file the absolute file to copy
 * @param source the path relative to the content root it was read from, which Markdown links name; it
 *     differs from {@code path} only when the model publishes the file elsewhere (a Hexo post's asset
 *     folder is published beside the post)
 */
public record Asset(Path path, Path file, Path source) {

    /** A file published at the path it was read from. */
    public Asset(Path path, Path file) {
        this(path, file, path);
    }

    public String slashPath() {
        return path.toString().replace('\\', '/');
    }

    public String sourceSlashPath() {
        return source.toString().replace('\\', '/');
    }
}
