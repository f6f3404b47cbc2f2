package dev.evergreen.parse;

import java.util.Arrays;

/**
 * A body rewritten before Markdown parsing (Hexo tags replaced by HTML or Markdown), which remembers
 * the file line every one of its lines came from, so stamps and findings still name the author's line.
 */
final class MappedText {

    private final String original;
    private final int[] originalLineStarts;
    private final int firstLine;
    private final StringBuilder text = new StringBuilder();
    private int[] fileLines = new int[64];
    private int lineCount = 1;

    /** @param firstLine the file line of the original's first line */
    MappedText(String original, int firstLine) {
        this.original = original;
        this.firstLine = firstLine;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < original.length(); i++) {
            if (original.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.originalLineStarts = Arrays.copyOf(starts, count);
        fileLines[0] = firstLine;
    }

    /** The file line of an offset in the original. */
    int fileLineAt(int offset) {
        int found = Arrays.binarySearch(originalLineStarts, offset);
        return firstLine + Math.max(found >= 0 ? found : -found - 2, 0);
    }

    /** Copies {@code original[from, to)} unchanged; each copied line keeps its own file line. */
    void copy(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = original.charAt(i);
            text.append(c);
            if (c == '\n') {
                newLine(fileLineAt(i + 1));
            }
        }
    }

    /**
     * Appends text standing for {@code original[from, to)}: its lines are given the lines of the
     * original in order, the surplus the last one.
     */
    void replace(String replacement, int from, int to) {
        int first = fileLineAt(from);
        int last = fileLineAt(Math.max(from, to - 1));
        int line = first;
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            text.append(c);
            if (c == '\n') {
                line = Math.min(line + 1, last);
                newLine(line);
            }
        }
    }

    /** Whether the text so far ends a line: a tag appended now starts its line. */
    boolean atLineStart() {
        return text.length() == 0 || text.charAt(text.length() - 1) == '\n';
    }

    private void newLine(int fileLine) {
        if (lineCount == fileLines.length) {
            fileLines = Arrays.copyOf(fileLines, lineCount * 2);
        }
        fileLines[lineCount++] = fileLine;
    }

    String text() {
        return text.toString();
    }

    LineIndex lineIndex() {
        return new LineIndex(text, Arrays.copyOf(fileLines, lineCount));
    }
}
