package dev.evergreen.render;

import java.util.List;
import java.util.stream.Collectors;

/**
 * JSON values safe to place inside an HTML {@code <script>} element: besides JSON's own escapes,
 * {@code <}, {@code >} and {@code &} are written as {@code \}{@code u} escapes so that no text can close the
 * script or open a comment, and U+2028/U+2029 so that older JavaScript parsers accept it.
 */
final class JsonText {

    private JsonText() {
    }

    static String string(String value) {
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

    static String strings(List<String> values) {
        return values.stream().map(JsonText::string).collect(Collectors.joining(",", "[", "]"));
    }
}
