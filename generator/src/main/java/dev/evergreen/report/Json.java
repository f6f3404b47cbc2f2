package dev.evergreen.report;

import dev.evergreen.json.JsonString;

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
        return addRaw(name, JsonString.quote(value));
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
        fields.add(JsonString.quote(name) + ": " + value);
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
}
