package dev.evergreen.render;

/**
 * Highlights code at build time, so pages need no script for it: keywords, strings, comments and
 * numbers become {@code <span class="hl-k|hl-s|hl-c|hl-n">}; the rest is escaped text.
 */
final class CodeHighlighter {

    private final CodeLanguage language;
    private final String code;
    private final StringBuilder out = new StringBuilder();
    private int pos;

    private CodeHighlighter(CodeLanguage language, String code) {
        this.language = language;
        this.code = code;
    }

    /** The code as HTML, highlighted for {@code language}. */
    static String highlight(CodeLanguage language, String code) {
        CodeHighlighter highlighter = new CodeHighlighter(language, code);
        if (language.markup()) {
            highlighter.markup();
        } else {
            highlighter.program();
        }
        return highlighter.out.toString();
    }

    private void program() {
        while (pos < code.length()) {
            char c = code.charAt(pos);
            String lineComment = language.lineComments().stream().filter(m -> code.startsWith(m, pos))
                    .findFirst().orElse(null);
            if (lineComment != null) {
                span("c", lineEnd());
            } else if (atBlockComment()) {
                span("c", blockCommentEnd());
            } else if (language.quotes().indexOf(c) >= 0) {
                span("s", stringEnd(c));
            } else if (Character.isDigit(c) && !wordBefore()) {
                span("n", numberEnd());
            } else if (Character.isJavaIdentifierStart(c)) {
                word();
            } else {
                text(pos + 1);
            }
        }
    }

    private void word() {
        int end = pos;
        while (end < code.length() && (Character.isJavaIdentifierPart(code.charAt(end)) || code.charAt(end) == '-'
                && language.keysBeforeColon())) {
            end++;
        }
        String word = code.substring(pos, end);
        boolean key = language.keysBeforeColon() && end < code.length() && code.charAt(end) == ':' && startsLine();
        if (key || language.isKeyword(word)) {
            span("k", end);
        } else {
            text(end);
        }
    }

    /** Tags and their names are keywords, quoted attribute values strings, {@code <!-- -->} comments. */
    private void markup() {
        boolean inTag = false;
        while (pos < code.length()) {
            char c = code.charAt(pos);
            if (!inTag && atBlockComment()) {
                span("c", blockCommentEnd());
            } else if (!inTag && c == '<') {
                int end = pos + 1;
                while (end < code.length() && (Character.isLetterOrDigit(code.charAt(end))
                        || "/?!:-_".indexOf(code.charAt(end)) >= 0)) {
                    end++;
                }
                span("k", end);
                inTag = true;
            } else if (inTag && (c == '"' || c == '\'')) {
                span("s", stringEnd(c));
            } else if (inTag && (c == '>' || code.startsWith("/>", pos))) {
                span("k", pos + (c == '>' ? 1 : 2));
                inTag = false;
            } else {
                text(pos + 1);
            }
        }
    }

    private boolean atBlockComment() {
        return language.blockComment() != null && code.startsWith(language.blockComment()[0], pos);
    }

    private int blockCommentEnd() {
        String close = language.blockComment()[1];
        int end = code.indexOf(close, pos + language.blockComment()[0].length());
        return end < 0 ? code.length() : end + close.length();
    }

    private int lineEnd() {
        int end = code.indexOf('\n', pos);
        return end < 0 ? code.length() : end;
    }

    /** After the closing quote; a string left open ends at the line's end (or the code's, for multi-line quotes). */
    private int stringEnd(char quote) {
        boolean multiLine = language.multiLineQuotes().indexOf(quote) >= 0;
        int i = pos + 1;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\\' && !language.markup()) {
                i += 2;
                continue;
            }
            if (c == quote) {
                return i + 1;
            }
            if (c == '\n' && !multiLine) {
                return i;
            }
            i++;
        }
        return code.length();
    }

    private int numberEnd() {
        int end = pos;
        while (end < code.length() && (Character.isLetterOrDigit(code.charAt(end)) || code.charAt(end) == '_'
                || code.charAt(end) == '.' && end + 1 < code.length() && Character.isDigit(code.charAt(end + 1)))) {
            end++;
        }
        return end;
    }

    private boolean wordBefore() {
        return pos > 0 && (Character.isJavaIdentifierPart(code.charAt(pos - 1)));
    }

    private boolean startsLine() {
        for (int i = pos - 1; i >= 0 && code.charAt(i) != '\n'; i--) {
            char c = code.charAt(i);
            if (c != ' ' && c != '\t' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private void span(String kind, int end) {
        out.append("<span class=\"hl-").append(kind).append("\">");
        text(end);
        out.append("</span>");
    }

    private void text(int end) {
        for (int i = pos; i < end; i++) {
            char c = code.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
        pos = end;
    }
}
