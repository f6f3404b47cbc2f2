package dev.evergreen.load;

import java.nio.file.Path;

/**
 * A file copied to the output unchanged, at its path relative to the content root (or theme static dir).
 *
 * @param path the relative path, which is also its path in the output
 * @param file the absolute file to copy
 */
public record Asset(Path path, Path file) {

    public String slashPath() {
        return path.toString().replace('\\', '/');
    }
}
