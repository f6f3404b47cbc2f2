package dev.evergreen.load;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One Markdown file as read from disk.
 *
 * @param path the path relative to the content root, the one printed in findings
 * @param file the absolute file
 * @param text the decoded text: UTF-8, byte-order mark removed, line endings normalised to {@code \n}
 */
public record Source(Path path, Path file, String text) {

    public Source {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
    }

    /**
     * This source once parsed: the same file without its text. Only the parser reads the text, and a
     * large site's texts would otherwise stay in memory beside their HTML for the whole build.
     */
    public Source withoutText() {
        return new Source(path, file, "");
    }

    /** The relative path with forward slashes, as used in stamps and URLs. */
    public String slashPath() {
        return path.toString().replace('\\', '/');
    }

    /** The file name without its {@code .md} extension. */
    public String baseName() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
