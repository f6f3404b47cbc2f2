package dev.evergreen.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which characters of a Markdown body are code: fenced code blocks and inline code spans. Hexo tags
 * written there are examples for the reader, not tags.
 */
final class CodeRegions {

    private static final Pattern OPENING_FENCE = Pattern.compile("^ {0,3}(`{3,}(?=[^`]*$)|~{3,})");

    private CodeRegions() {
    }

    static boolean[] of(String text) {
        boolean[] code = new boolean[text.length()];
        String fence = null;
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end);
            if (fence != null) {
                mark(code, start, end);
                if (closes(line, fence)) {
                    fence = null;
                }
            } else {
                Matcher opening = OPENING_FENCE.matcher(line);
                if (opening.find()) {
                    fence = opening.group(1);
                    mark(code, start, end);
                } else {
                    markCodeSpans(line, start, code);
                }
            }
            start = end + 1;
        }
        return code;
    }

    private static boolean closes(String line, String fence) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        String stripped = line.strip();
        return indent <= 3 && stripped.length() >= fence.length()
                && stripped.chars().allMatch(c -> c == fence.charAt(0));
    }

    /** A run of n backticks opens a span that the next run of exactly n backticks on the line closes. */
    private static void markCodeSpans(String line, int offset, boolean[] code) {
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) != '`') {
                i++;
                continue;
            }
            int run = runLength(line, i);
            int close = findRun(line, i + run, run);
            if (close < 0) {
                i += run;
                continue;
            }
            mark(code, offset + i, offset + close + run);
            i = close + run;
        }
    }

    private static int runLength(String line, int from) {
        int end = from;
        while (end < line.length() && line.charAt(end) == '`') {
            end++;
        }
        return end - from;
    }

    private static int findRun(String line, int from, int length) {
        for (int i = from; i < line.length(); ) {
            if (line.charAt(i) == '`') {
                int run = runLength(line, i);
                if (run == length) {
                    return i;
                }
                i += run;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static void mark(boolean[] code, int from, int to) {
        for (int i = from; i < to && i < code.length; i++) {
            code[i] = true;
        }
    }
}
