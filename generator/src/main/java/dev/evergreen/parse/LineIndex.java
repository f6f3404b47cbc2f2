package dev.evergreen.parse;

import java.util.Arrays;

/**
 * Maps a character offset in the Markdown body to its 1-based line in the source file. Built once per
 * page; flexmark's own line lookup rescans the text on every call, which is too slow for link-heavy pages.
 */
final class LineIndex {

    private final int[] lineStarts;
    private final int firstLine;
    private final CharSequence body;

    /**
     * @param body the text offsets refer to
     * @param firstLine the source file line of the body's first line (after the front matter)
     */
    LineIndex(CharSequence body, int firstLine) {
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
        this.body = body;
    }

    /** The 1-based column of an offset, counted in characters (a Chinese character is one). */
    int columnAt(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        int start = lineStarts[Math.max(found >= 0 ? found : -found - 2, 0)];
        return Character.codePointCount(body, start, offset) + 1;
    }

    int lineAt(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        int index = found >= 0 ? found : -found - 2;
        return firstLine + Math.max(index, 0);
    }
}
