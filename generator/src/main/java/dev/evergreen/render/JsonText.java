package dev.evergreen.render;

import dev.evergreen.json.JsonString;

import java.util.List;
import java.util.stream.Collectors;

/** JSON values for the page's scripts (JSON-LD, the search index): strings and lists of them. */
final class JsonText {

    private JsonText() {
    }

    static String strings(List<String> values) {
        return values.stream().map(JsonString::quote).collect(Collectors.joining(",", "[", "]"));
    }
}
