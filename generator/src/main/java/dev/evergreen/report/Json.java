package dev.evergreen.report;

import java.util.List;
import java.util.StringJoiner;

/**
 * Just enough JSON writing for the report files (the JDK has none, and a JSON library is not worth a
 * dependency for this). Objects are written on one line, fields in the order added; arrays one element
 * a line, so report diffs stay readable.
 */
final class Json {

    private final StringJoiner fields = new StringJoiner(", ", "{", "}");

    Json add(String name, String value) {
        return addRaw(name, quote(value));
    }

    Json add(String name, long value) {
        return addRaw(name, Long.toString(value));
    }

    Json add(String name, boolean value) {
        return addRaw(name, Boolean.toString(value));
    }

    Json add(String name, Json value) {
        return addRaw(name, value.toString());
    }

    /** {@code value} must already be JSON, e.g. from {@link #array}. */
    Json addRaw(String name, String value) {
        fields.add(quote(name) + ": " + value);
        return this;
    }

    @Override
    public String toString() {
        return fields.toString();
    }

    /** One element a line, each indented by {@code indent} plus two spaces; the closing bracket by {@code indent}. */
    static String array(List<?> elements, String indent) {
        if (elements.isEmpty()) {
            return "[]";
        }
        StringJoiner joiner = new StringJoiner(",\n" + indent + "  ", "[\n" + indent + "  ", "\n" + indent + "]");
        elements.forEach(e -> joiner.add(e.toString()));
        return joiner.toString();
    }

    static String quote(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                // Control characters are not allowed raw; U+2028/2029 break JavaScript that embeds the JSON.
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
