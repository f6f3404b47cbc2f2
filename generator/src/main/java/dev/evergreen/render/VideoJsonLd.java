package dev.evergreen.render;

import java.util.Map;

/**
 * A schema.org {@code VideoObject} as JSON-LD, written to sit inside {@code <script>}: every {@code <},
 * {@code >} and {@code &} is a JSON escape, so a title containing {@code </script>} or {@code <!--}
 * cannot end the script element, and line separators cannot break older JavaScript parsers.
 */
final class VideoJsonLd {

    private VideoJsonLd() {
    }

    /** @param properties written in the given order; {@code null} values are left out */
    static String of(Map<String, String> properties) {
        StringBuilder json = new StringBuilder("{\"@context\":\"https://schema.org\",\"@type\":\"VideoObject\"");
        properties.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                json.append(',');
                quote(name, json);
                json.append(':');
                quote(value, json);
            }
        });
        return json.append('}').toString();
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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
        out.append('"');
    }
}
