package dev.evergreen.load;

import dev.evergreen.finding.ConfigException;
import dev.evergreen.finding.Severity;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code channels} section of {@code site.yml}: a list of names, or a mapping of name to
 * {@code title}, {@code path}, {@code feed}, {@code crossLinks}, {@code avoid}, and {@code output} with
 * {@code baseUrl} for a channel published as a site of its own. The first channel is
 * the developer site's own. The defaults of a channel are named here.
 */
final class ChannelsReader {

    /** Slogans that sell instead of explain: the developer channel's default {@code avoid} list. */
    static final List<ProsePhrase> DEFAULT_AVOID = List.of(
            "next-generation", "next generation", "revolutionary", "world-leading", "world-class",
            "game-changing", "game changer", "best-in-class", "industry-leading", "cutting-edge", "paradigm shift",
            "颠覆", "新时代", "遥遥领先", "赋能", "全球领先", "业界领先", "革命性", "划时代", "黑科技")
            .stream().map(ProsePhrase::new).toList();
    static final Severity DEFAULT_CROSS_LINKS = Severity.WARNING;

    private static final Set<String> KNOWN_KEYS = Set.of("title", "path", "feed", "crossLinks", "avoid", "output",
            "baseUrl");

    private final Path contentRoot;
    private final Path displayPath;
    private final int line;

    /** @param contentRoot what a relative {@code output} is relative to */
    ChannelsReader(Path contentRoot, Path displayPath, int line) {
        this.contentRoot = contentRoot;
        this.displayPath = displayPath;
        this.line = line;
    }

    /** The channel {@code name} when {@code site.yml} says nothing about it. */
    static Channel defaults(String name, boolean developer, String siteTitle) {
        return developer
                ? new Channel(name, siteTitle, "", true, Optional.of(DEFAULT_CROSS_LINKS), DEFAULT_AVOID,
                        Optional.empty())
                : new Channel(name, capitalized(name), name + "/", true, Optional.empty(), List.of(), Optional.empty());
    }

    Map<String, Channel> read(Object value, String siteTitle) {
        Map<String, Channel> channels = new LinkedHashMap<>();
        if (value instanceof List<?> names && !names.isEmpty()) {
            for (Object name : names) {
                if (name == null || name instanceof Map || name instanceof List) {
                    throw wrong("channels", "a list of names or a mapping of name to settings");
                }
                channels.put(name.toString(), defaults(name.toString(), channels.isEmpty(), siteTitle));
            }
            return channels;
        }
        if (!(value instanceof Map<?, ?> map) || map.isEmpty()) {
            throw wrong("channels", "a list of names or a mapping of name to settings");
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String name = String.valueOf(entry.getKey());
            Channel fallback = defaults(name, channels.isEmpty(), siteTitle);
            Map<?, ?> settings = entry.getValue() == null ? Map.of() : entry.getValue() instanceof Map<?, ?> m ? m : null;
            if (settings == null) {
                throw wrong("channels." + name, "a mapping with " + String.join(", ", KNOWN_KEYS.stream().sorted().toList()));
            }
            channels.put(name, channel(fallback, settings));
        }
        return channels;
    }

    private Channel channel(Channel fallback, Map<?, ?> settings) {
        String key = "channels." + fallback.name();
        for (Object k : settings.keySet()) {
            if (!KNOWN_KEYS.contains(String.valueOf(k))) {
                throw wrong(key + "." + k, "one of " + KNOWN_KEYS.stream().sorted().toList());
            }
        }
        String title = settings.get("title") == null ? fallback.title() : settings.get("title").toString();
        String path = settings.get("path") == null ? fallback.path() : sitePath(settings.get("path").toString(), key);
        if (path.isEmpty() != fallback.path().isEmpty()) {
            throw wrong(key + ".path", fallback.path().isEmpty()
                    ? "empty: the first channel is the site itself" : "a path of its own such as news/, apart from the developer site");
        }
        boolean feed = settings.get("feed") == null ? fallback.feed() : Boolean.TRUE.equals(settings.get("feed"));
        Optional<Severity> crossLinks = settings.get("crossLinks") == null ? fallback.crossLinks()
                : severity(settings.get("crossLinks").toString(), key + ".crossLinks");
        List<ProsePhrase> avoid = fallback.avoid();
        if (settings.get("avoid") instanceof List<?> phrases) {
            avoid = new java.util.ArrayList<>(avoid);
            for (Object phrase : phrases) {
                ProsePhrase avoided = new ProsePhrase(String.valueOf(phrase));
                try {
                    avoided.pattern();
                } catch (java.util.regex.PatternSyntaxException e) {
                    throw wrong(key + ".avoid", "a list of phrases; " + avoided.text() + " is not a valid regular expression ("
                            + e.getDescription() + ")");
                }
                avoid.add(avoided);
            }
        } else if (settings.get("avoid") != null) {
            throw wrong(key + ".avoid", "a list of phrases (plain text, or /regex/)");
        }
        return new Channel(fallback.name(), title, path, feed, crossLinks, avoid, site(settings, key, fallback));
    }

    private Optional<ChannelSite> site(Map<?, ?> settings, String key, Channel fallback) {
        Object output = settings.get("output");
        Object baseUrl = settings.get("baseUrl");
        if (output == null && baseUrl == null) {
            return Optional.empty();
        }
        if (fallback.path().isEmpty()) {
            throw wrong(key + ".output", "absent: the first channel is published to the site's own output");
        }
        if (output == null) {
            throw wrong(key + ".output", "set with baseUrl: the directory the channel's own site is written to");
        }
        URI base = baseUrl == null ? null : absoluteUrl(baseUrl.toString().strip());
        if (base == null) {
            throw wrong(key + ".baseUrl", "an absolute http(s) URL such as https://news.example.org/, where output is served");
        }
        return Optional.of(new ChannelSite(contentRoot.resolve(output.toString().strip()).toAbsolutePath().normalize(), base));
    }

    private static URI absoluteUrl(String raw) {
        try {
            URI uri = new URI(raw.endsWith("/") ? raw : raw + "/");
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return http && uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private String sitePath(String raw, String key) {
        String trimmed = raw.strip().replaceAll("^/+", "").replaceAll("/+$", "");
        if (trimmed.contains("..") || trimmed.contains("\\") || trimmed.contains(":")) {
            throw wrong(key + ".path", "a path inside the site such as news/");
        }
        return trimmed.isEmpty() ? "" : trimmed + "/";
    }

    private Optional<Severity> severity(String raw, String key) {
        String value = raw.toLowerCase(Locale.ROOT);
        if (value.equals("off")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Severity.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw wrong(key, "error, warning, info or off");
        }
    }

    private ConfigException wrong(String key, String expected) {
        return new ConfigException(displayPath, line, "'" + key + "' must be " + expected);
    }

    private static String capitalized(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
