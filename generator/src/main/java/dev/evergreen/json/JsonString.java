package dev.evergreen.json;

/**
 * A JSON string literal, the one way every file Evergreen writes quotes text: reports, the link
 * cache, JSON-LD, the search index. Besides JSON's own escapes, {@code <}, {@code >} and {@code &}
 * become {@code \}{@code u} escapes so that no text can close a {@code <script>} element it is
 * embedded in, and U+2028/U+2029 so that JavaScript parsers accept it. The result is valid JSON
 * wherever it goes.
 */
public final class JsonString {

    private JsonString() {
    }

    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
