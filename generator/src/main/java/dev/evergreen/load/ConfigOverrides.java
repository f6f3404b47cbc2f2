package dev.evergreen.load;

import dev.evergreen.finding.ConfigException;
import dev.evergreen.finding.LinkProblem;
import dev.evergreen.finding.Severity;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a build says over the site's own configuration: the base URL of this deployment (a preview, a
 * mirror) and how much each kind of link problem matters in this pipeline. Given by the CLI
 * ({@code --base-url}, {@code --severity}) or Maven ({@code evergreen.baseUrl}, {@code severities}).
 *
 * @param baseUrl replaces site.yml's {@code baseUrl}; empty keeps it
 * @param severities replace site.yml's {@code links.severity} entries of the same kind
 */
public record ConfigOverrides(Optional<URI> baseUrl, Map<LinkProblem, Severity> severities) {

    public static final ConfigOverrides NONE = new ConfigOverrides(Optional.empty(), Map.of());

    public ConfigOverrides {
        severities = Map.copyOf(severities);
    }

    /**
     * Reads the values as users type them.
     *
     * @param baseUrl an absolute http(s) URL, or null
     * @param severities kind → level, e.g. {@code moved → error}
     * @param origin where they were given ({@code --base-url}, {@code evergreen.baseUrl}), for errors
     */
    public static ConfigOverrides parse(String baseUrl, Map<String, String> severities, String origin) {
        Map<LinkProblem, Severity> levels = new EnumMap<>(LinkProblem.class);
        severities.forEach((kind, level) -> {
            try {
                levels.put(LinkProblem.fromLabel(kind.strip()), Severity.valueOf(level.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(Path.of(origin), 0, "severity '" + kind + "=" + level + "': the kind must be"
                        + " broken, missing-anchor, moved, soft-404, blocked, unverified or syntax, the level error,"
                        + " warning or info");
            }
        });
        return new ConfigOverrides(Optional.ofNullable(baseUrl).filter(u -> !u.isBlank()).map(u -> absolute(u, origin)),
                levels);
    }

    private static URI absolute(String url, String origin) {
        try {
            URI uri = new URI(url.endsWith("/") ? url : url + "/");
            if (uri.isAbsolute() && uri.getHost() != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, with what to write instead
        }
        throw new ConfigException(Path.of(origin), 0, "'" + url + "' is not an absolute http(s) URL such as"
                + " https://preview.example.org/");
    }

    SiteConfig applyTo(SiteConfig config) {
        if (baseUrl.isEmpty() && severities.isEmpty()) {
            return config;
        }
        Map<LinkProblem, Severity> levels = new EnumMap<>(LinkProblem.class);
        levels.putAll(config.links().severities());
        levels.putAll(severities);
        LinkSettings l = config.links();
        LinkSettings links = new LinkSettings(l.exclude(), l.userAgent(), l.accept(), l.fragments(), l.cacheDays(),
                l.concurrency(), l.perHost(), l.timeoutSeconds(), levels, l.hosts());
        return new SiteConfig(config.title(), config.description(), baseUrl.orElse(config.baseUrl()),
                config.language(), config.timeZone(), config.permalink(), config.perPage(), config.theme(),
                config.kindFolders(), config.channels(), config.include(), config.params(), links, config.hexo(),
                config.docs(), config.channelSettings());
    }
}
