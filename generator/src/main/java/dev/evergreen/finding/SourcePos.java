package dev.evergreen.finding;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a finding comes from: a file relative to the content root (a Markdown source, or a template
 * for links a theme wrote), and a 1-based line and column. Column 0 means "the whole line".
 */
public record SourcePos(Path file, int line, int column) implements Comparable<SourcePos> {

    public SourcePos {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column + " in " + file);
        }
    }

    public static SourcePos of(Path file, int line) {
        return new SourcePos(file, line, 0);
    }

    /** A finding about a whole file, such as an unreadable one. */
    public static SourcePos wholeFile(Path file) {
        return new SourcePos(file, 0, 0);
    }

    /** The path with forward slashes, as it is printed on every platform. */
    public String displayPath() {
        return file.toString().replace('\\', '/');
    }

    @Override
    public int compareTo(SourcePos other) {
        int byFile = displayPath().compareTo(other.displayPath());
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }
}
