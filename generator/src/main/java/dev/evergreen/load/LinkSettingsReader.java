package dev.evergreen.load;

import dev.evergreen.finding.ConfigException;
import dev.evergreen.finding.LinkProblem;
import dev.evergreen.finding.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads the {@code links:} mapping of site.yml; every mistake names the line of the {@code links} key. */
final class LinkSettingsReader {

    static final Set<String> KEYS = Set.of("exclude", "userAgent", "accept", "fragments", "cacheDays",
            "concurrency", "perHost", "timeoutSeconds", "severity", "hosts");

    private final Path file;
    private final int line;

    LinkSettingsReader(Path file, int line) {
        this.file = file;
        this.line = line;
    }

    LinkSettings read(Map<String, Object> raw) {
        for (String key : raw.keySet()) {
            if (!KEYS.contains(key)) {
                throw wrong("links." + key, "one of " + KEYS.stream().sorted().toList());
            }
        }
        List<Pattern> exclude = new ArrayList<>();
        for (String pattern : strings(raw, "exclude")) {
            try {
                exclude.add(Pattern.compile(pattern));
            } catch (PatternSyntaxException e) {
                throw wrong("links.exclude", "regular expressions; '" + pattern + "' is not: " + e.getDescription());
            }
        }
        Object agent = raw.get("userAgent");
        return new LinkSettings(exclude, agent == null ? "" : agent.toString(), codes(raw.get("accept"), "links.accept"),
                Boolean.TRUE.equals(raw.get("fragments")), positive(raw, "cacheDays"), positive(raw, "concurrency"),
                positive(raw, "perHost"), positive(raw, "timeoutSeconds"), severities(raw.get("severity")),
                hosts(raw.get("hosts")));
    }

    private ConfigException wrong(String key, String expected) {
        return new ConfigException(file, line, "'" + key + "' must be " + expected);
    }

    private List<String> strings(Map<String, Object> raw, String key) {
        Object value = raw.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(value.toString());
    }

    private List<Integer> codes(Object value, String key) {
        if (value == null) {
            return List.of();
        }
        List<?> list = value instanceof List<?> l ? l : List.of(value);
        List<Integer> codes = new ArrayList<>();
        for (Object code : list) {
            if (!(code instanceof Number n) || n.intValue() < 100 || n.intValue() > 599) {
                throw wrong(key, "a list of HTTP status codes such as [200, 204]");
            }
            codes.add(n.intValue());
        }
        return codes;
    }

    private OptionalInt positive(Map<String, Object> raw, String key) {
        Object value = raw.get(key);
        if (value == null) {
            return OptionalInt.empty();
        }
        if (value instanceof Number n && n.intValue() > 0) {
            return OptionalInt.of(n.intValue());
        }
        throw wrong("links." + key, "a positive whole number");
    }

    private Map<LinkProblem, Severity> severities(Object value) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw wrong("links.severity", "a mapping of kind to error, warning or info");
        }
        Map<LinkProblem, Severity> severities = new EnumMap<>(LinkProblem.class);
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            try {
                severities.put(LinkProblem.fromLabel(String.valueOf(entry.getKey())),
                        Severity.valueOf(String.valueOf(entry.getValue()).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw wrong("links.severity", "a mapping of kind (broken, missing-anchor, moved, soft-404, blocked,"
                        + " unverified, syntax) to error, warning or info");
            }
        }
        return severities;
    }

    private Map<String, LinkSettings.HostSetting> hosts(Object value) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw wrong("links.hosts", "a mapping of host name to its rules");
        }
        Map<String, LinkSettings.HostSetting> hosts = new TreeMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String host = String.valueOf(entry.getKey()).toLowerCase(Locale.ROOT);
            if (!(entry.getValue() instanceof Map<?, ?> rules)) {
                throw wrong("links.hosts." + host, "a mapping with accept, getOnly and concurrency");
            }
            Object concurrency = rules.get("concurrency");
            if (concurrency != null && !(concurrency instanceof Number n && n.intValue() > 0)) {
                throw wrong("links.hosts." + host + ".concurrency", "a positive whole number");
            }
            hosts.put(host, new LinkSettings.HostSetting(codes(rules.get("accept"), "links.hosts." + host + ".accept"),
                    Boolean.TRUE.equals(rules.get("getOnly")),
                    concurrency == null ? OptionalInt.empty() : OptionalInt.of(((Number) concurrency).intValue())));
        }
        return hosts;
    }
}
