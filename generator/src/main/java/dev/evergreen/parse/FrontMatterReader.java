package dev.evergreen.parse;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.SourcePos;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the loosely typed YAML values into a {@link FrontMatter}. A value of the wrong type becomes a
 * finding at its key's line and is left out, so one slip does not hide the rest of the page.
 */
final class FrontMatterReader {

    static final Set<String> TYPED_KEYS = Set.of("title", "date", "updated", "tags", "categories",
            "draft", "slug", "permalink", "aliases", "redirect_from", "description", "author", "authors", "lang",
            "channel", "kind", "layout");

    private final FrontMatterDates dates;

    FrontMatterReader(ZoneId zone) {
        this.dates = new FrontMatterDates(zone);
    }

    FrontMatter read(YamlFrontMatter.Values yaml, Path file, List<Finding> findings) {
        Reading r = new Reading(yaml, file, findings);
        return new FrontMatter(r.text("title"), r.date("date"), r.date("updated"), r.names("tags"),
                r.names("categories"), r.flag("draft"), r.text("slug"), r.text("permalink"),
                join(r.names("aliases"), r.names("redirect_from")), r.text("description"),
                join(r.names("authors"), r.names("author")), r.text("lang"), r.text("channel"), r.text("kind"),
                r.text("layout"), extra(yaml.values()), yaml.lines(), categoryPaths(r.names("categories"),
                        yaml.values().get("categories")));
    }

    /** Hexo's reading of {@code categories}; {@code names} is empty when the value was malformed. */
    private static List<List<String>> categoryPaths(List<String> names, Object value) {
        if (names.isEmpty()) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.stream().noneMatch(e -> e instanceof List)) {
            return List.of(names);
        }
        List<List<String>> paths = new ArrayList<>();
        for (Object element : list) {
            if (element instanceof List<?> path) {
                List<String> pathNames = path.stream().filter(java.util.Objects::nonNull).map(String::valueOf).toList();
                if (!pathNames.isEmpty()) {
                    paths.add(pathNames);
                }
            } else if (element != null) {
                paths.add(List.of(String.valueOf(element)));
            }
        }
        return paths;
    }

    private static List<String> join(List<String> first, List<String> second) {
        if (second.isEmpty()) {
            return first;
        }
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static Map<String, Object> extra(Map<String, Object> values) {
        Map<String, Object> extra = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (!TYPED_KEYS.contains(key)) {
                extra.put(key, unmodifiable(value));
            }
        });
        return extra;
    }

    /** Deep read-only copies, so templates cannot change one page's values under another. */
    private static Object unmodifiable(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), unmodifiable(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(unmodifiable(v)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    private static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }

    /** One page's values, and where to report what does not fit. */
    private final class Reading {
        private final YamlFrontMatter.Values yaml;
        private final Path file;
        private final List<Finding> findings;

        Reading(YamlFrontMatter.Values yaml, Path file, List<Finding> findings) {
            this.yaml = yaml;
            this.file = file;
            this.findings = findings;
        }

        String text(String key) {
            Object value = yaml.values().get(key);
            if (value == null) {
                return null;
            }
            if (isScalar(value)) {
                return String.valueOf(value);
            }
            report(key, "front-matter", "'" + key + "' must be a single value, not a list or a map");
            return null;
        }

        boolean flag(String key) {
            Object value = yaml.values().get(key);
            if (value == null || value instanceof Boolean) {
                return Boolean.TRUE.equals(value);
            }
            report(key, "front-matter", "'" + key + "' must be true or false, not '" + value + "'");
            return false;
        }

        ZonedDateTime date(String key) {
            Object value = yaml.values().get(key);
            if (value == null) {
                return null;
            }
            ZonedDateTime date = isScalar(value) ? dates.read(String.valueOf(value)).orElse(null) : null;
            if (date == null) {
                report(key, "date", "cannot read '" + value
                        + "' as a date; write it as 2024-05-01 or 2024-05-01 10:00:00+08:00");
            }
            return date;
        }

        /** A name or a list of names; Hexo's nested category lists ({@code [[a, b], c]}) are flattened. */
        List<String> names(String key) {
            Object value = yaml.values().get(key);
            List<String> names = new ArrayList<>();
            if (value != null && !flatten(value, names)) {
                report(key, "front-matter", "'" + key + "' must be a name or a list of names, like [java, yaml]");
                return List.of();
            }
            return names;
        }

        private boolean flatten(Object value, List<String> into) {
            if (isScalar(value)) {
                into.add(String.valueOf(value));
                return true;
            }
            if (value instanceof List<?> list) {
                for (Object element : list) {
                    if (element != null && !flatten(element, into)) {
                        return false;
                    }
                }
                return true;
            }
            return false;
        }

        private void report(String key, String kind, String detail) {
            findings.add(ContentFinding.error(SourcePos.of(file, yaml.lines().getOrDefault(key, 1)), kind, detail));
        }
    }
}
