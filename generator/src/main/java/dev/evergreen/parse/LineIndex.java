package dev.evergreen.parse;

import java.util.Arrays;

/**
 * Maps a character offset in the Markdown body to its 1-based line in the source file. Built once per
 * page; flexmark's own line lookup rescans the text on every call, which is too slow for link-heavy pages.
 */
final class LineIndex {

    private final int[] lineStarts;
    private final int firstLine;
    /** The file line of each body line, when the body is not the file's text (Hexo tags expanded); else null. */
    private final int[] fileLines;

    /**
     * @param body the text offsets refer to
     * @param firstLine the source file line of the body's first line (after the front matter)
     */
    LineIndex(CharSequence body, int firstLine) {
        this(body, firstLine, null);
    }

    /** @param fileLines the file line of each line of {@code body} */
    LineIndex(CharSequence body, int[] fileLines) {
        this(body, 0, fileLines);
    }

    private LineIndex(CharSequence body, int firstLine, int[] fileLines) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0, n = body.length(); i < n; i++) {
            if (body.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.firstLine = firstLine;
        this.fileLines = fileLines;
    }

    int lineAt(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        int index = found >= 0 ? found : -found - 2;
        int line = Math.max(index, 0);
        return fileLines == null ? firstLine + line : fileLines[Math.min(line, fileLines.length - 1)];
    }
}
