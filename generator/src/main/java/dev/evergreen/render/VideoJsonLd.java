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

    /** Every character that could end the script or the string is written as a JSON unicode escape. */
    private static void quote(String text, StringBuilder out) {
        out.append('"');
        text.chars().forEach(c -> {
            boolean unsafe = c < 0x20 || "\"\\<>&\u2028\u2029".indexOf(c) >= 0;
            out.append(unsafe ? String.format("\\u%04x", c) : String.valueOf((char) c));
        });
        out.append('"');
    }
}
