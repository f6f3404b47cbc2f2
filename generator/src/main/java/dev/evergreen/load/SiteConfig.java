package dev.evergreen.load;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code site.yml}, validated. Every default lives in {@link SiteConfigReader}; nothing reads keys by
 * name after loading.
 *
 * @param baseUrl absolute, ending in {@code /}; used in feeds, the sitemap and canonical links
 * @param language BCP 47 tag, e.g. {@code en} or {@code zh-CN}
 * @param timeZone the zone dates without one are read in
 * @param permalink the URL pattern of articles, with tokens {@code :year :month :day :slug :category}
 * @param perPage items per list page
 * @param theme the theme name, looked up on the classpath under {@code evergreen/themes/<name>/}
 * @param kindFolders top-level folder → kind, e.g. {@code posts → ARTICLE}
 * @param channels the channels items may name; the first is the developer site's own
 * @param include names starting with {@code _} or {@code .} that are nevertheless loaded
 * @param params free-form values handed to templates as {@code site.params}
 * @param links how links are judged (the {@code links:} section)
 * @param hexo present when the site is a Hexo blog read from its {@code _config.yml}
 */
public record SiteConfig(String title, String description, URI baseUrl, String language, ZoneId timeZone,
                         String permalink, int perPage, String theme, Map<String, Kind> kindFolders,
                         List<String> channels, List<String> include, Map<String, Object> params,
                         LinkSettings links, Optional<HexoSettings> hexo) {

    public SiteConfig {
        kindFolders = Map.copyOf(kindFolders);
        channels = List.copyOf(channels);
        include = List.copyOf(include);
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    /** The channel of items that name none: the developer site's own. */
    public String defaultChannel() {
        return channels.get(0);
    }

    /** The base URL's path, e.g. {@code /} or {@code /blog/}: every root-relative URL starts with it. */
    public String basePath() {
        String path = baseUrl.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /**
     * An absolute URL for a root-relative one, which already starts with the base path as every URL
     * of the model does ({@code /blog/a/} → {@code https://example.org/blog/a/}).
     */
    public String absoluteUrl(String rootRelative) {
        return baseUrl.resolve(rootRelative).toString();
    }
}
