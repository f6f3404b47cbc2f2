package dev.evergreen.parse;

/**
 * Where the front matter and the body of a file are.
 *
 * @param yaml the text between the fences, {@code null} when the file has no front matter
 * @param closed whether the opening {@code ---} has a closing fence
 * @param bodyStart the offset of the body in the file text
 * @param bodyFirstLine the 1-based file line of the body's first line
 */
record FrontMatterBlock(String yaml, boolean closed, int bodyStart, int bodyFirstLine) {

    /** The file line of the YAML's first line: the one after the opening fence. */
    static final int YAML_FIRST_LINE = 2;

    static FrontMatterBlock of(String text) {
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text, 0, firstEnd, "---")) {
            return new FrontMatterBlock(null, true, 0, 1);
        }
        int line = 2;
        for (int start = firstEnd + 1; start < text.length(); line++) {
            int end = lineEnd(text, start);
            if (isFence(text, start, end, "---") || isFence(text, start, end, "...")) {
                String yaml = text.substring(Math.min(firstEnd + 1, start), start);
                int bodyStart = Math.min(end + 1, text.length());
                return new FrontMatterBlock(yaml, true, bodyStart, line + 1);
            }
            start = end + 1;
        }
        return new FrontMatterBlock(null, false, 0, 1);
    }

    boolean present() {
        return yaml != null;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** A fence line is the marker, optionally followed by trailing blanks. */
    private static boolean isFence(String text, int start, int end, String marker) {
        if (!text.startsWith(marker, start)) {
            return false;
        }
        for (int i = start + marker.length(); i < end; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }
}
