package dev.evergreen.load;

import dev.evergreen.finding.ConfigException;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Typed access to a configuration file's top-level values, each failure naming the key's line. */
class ConfigValues {

    private final YamlDocument document;

    ConfigValues(YamlDocument document) {
        this.document = document;
    }

    final ConfigException wrong(String key, String expected) {
        return new ConfigException(document.file(), document.line(key),
                "'" + key + "' must be " + expected + ", found '" + document.values().get(key) + "'");
    }

    final int lineOf(String key) {
        return document.line(key);
    }

    final Path file() {
        return document.file();
    }

    final Object raw(String key) {
        return document.values().get(key);
    }

    final String string(String key, String fallback) {
        Object value = raw(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Map || value instanceof List) {
            throw wrong(key, "a single value");
        }
        return value.toString();
    }

    final int positiveInt(String key, int fallback) {
        Object value = raw(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number n && n.longValue() > 0 && n.longValue() <= 10_000) {
            return n.intValue();
        }
        throw wrong(key, "a whole number from 1 to 10000");
    }

    final List<String> stringList(String key, List<String> fallback) {
        Object value = raw(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof List<?> list) || list.isEmpty()
                || list.stream().anyMatch(e -> e == null || e instanceof Map || e instanceof List)) {
            throw wrong(key, "a non-empty list of names");
        }
        return list.stream().map(Object::toString).toList();
    }

    @SuppressWarnings("unchecked")
    final Map<String, Object> map(String key) {
        Object value = raw(key);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?>)) {
            throw wrong(key, "a mapping of keys to values");
        }
        return (Map<String, Object>) value;
    }
}
