package dev.evergreen.load;

import dev.evergreen.finding.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a Hexo blog's {@code _config.yml} into the same {@link SiteConfig} a {@code site.yml} gives,
 * with the Hexo-only settings in {@link HexoSettings}. Defaults are Hexo's own, so a blog that relied on
 * them gets the URLs Hexo gave it. Keys Evergreen has no use for (theme, deploy, highlight...) are
 * listed in one info line: a Hexo config carries many of them and none is a mistake.
 */
final class HexoConfigReader {

    static final String FILE_NAME = "_config.yml";
    static final String SOURCE_DIR = "source";
    static final String POSTS_DIR = "_posts";
    static final String DRAFTS_DIR = "_drafts";

    private static final Set<String> KNOWN_KEYS = Set.of("title", "subtitle", "description", "author", "language",
            "timezone", "url", "root", "permalink", "permalink_defaults", "pretty_urls", "new_post_name",
            "default_category", "category_map", "tag_map", "post_asset_folder", "relative_link", "future",
            "render_drafts", "per_page", "pagination_dir", "tag_dir", "category_dir", "archive_dir", "skip_render",
            "exclude", "include", "marked", "filename_case", "code_dir", "links");
    /** per_page: 0 turns pagination off; one page this long holds any blog. */
    static final int UNPAGINATED = 1_000_000;

    private static final Logger LOG = LoggerFactory.getLogger(HexoConfigReader.class);

    private final Path file;

    /** @param blogRoot the folder holding {@code _config.yml} and {@code source/} */
    HexoConfigReader(Path blogRoot) {
        this.file = blogRoot.resolve(FILE_NAME);
    }

    /** A folder is a Hexo blog when it has Hexo's config and its posts folder. */
    static boolean isHexoBlog(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE_NAME)) && Files.isDirectory(folder.resolve(SOURCE_DIR).resolve(POSTS_DIR));
    }

    SiteConfig read() {
        try {
            return fromYaml(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException(Path.of(FILE_NAME), 0, "cannot read the Hexo configuration: " + e.getMessage(), e);
        }
    }

    SiteConfig fromYaml(String text) {
        YamlDocument document = YamlDocument.parse(text, Path.of(FILE_NAME));
        List<String> unknown = document.nodes().keySet().stream().filter(k -> !KNOWN_KEYS.contains(k)).sorted().toList();
        if (!unknown.isEmpty()) {
            LOG.info("{}: keys without an Evergreen meaning, ignored: {}", FILE_NAME, unknown);
        }
        Values v = new Values(document);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("subtitle", v.string("subtitle", ""));
        params.put("author", v.string("author", "John Doe"));
        HexoSettings hexo = new HexoSettings(v.strings("permalink_defaults"),
                v.nestedFlag("pretty_urls", "trailing_index", true), v.nestedFlag("pretty_urls", "trailing_html", true),
                v.string("new_post_name", ":title.md"), v.string("default_category", "uncategorized"),
                v.strings("category_map"), v.strings("tag_map"), v.flag("post_asset_folder", false),
                v.flag("relative_link", false), v.flag("future", true), v.flag("render_drafts", false),
                v.filenameCase(), v.folder("pagination_dir", "page"), v.folder("tag_dir", "tags"),
                v.folder("category_dir", "categories"), v.folder("archive_dir", "archives"), v.globs("skip_render"),
                v.globs("exclude"), v.globs("include"), v.folder("code_dir", "downloads/code"), v.marked());
        return new SiteConfig(
                v.string("title", "Hexo"),
                v.string("description", ""),
                v.baseUrl(),
                v.language(),
                v.timeZone(),
                v.string("permalink", ":year/:month/:day/:title/"),
                v.perPage(),
                SiteConfigReader.DEFAULT_THEME,
                Map.of(),
                SiteConfigReader.DEFAULT_CHANNELS,
                List.of(),
                params,
                v.links(),
                Optional.of(hexo),
                // Hexo has no docs sections of its own: the defaults, with the code root beside the blog.
                new DocsSettingsReader(file.getParent().resolve(SOURCE_DIR), Path.of(FILE_NAME), 0).read(Map.of()),
                Map.of());
    }

    /** The typed values of Hexo's keys. */
    private static final class Values extends ConfigValues {

        Values(YamlDocument document) {
            super(document);
        }

        boolean flag(String key, boolean fallback) {
            Object value = raw(key);
            if (value == null) {
                return fallback;
            }
            if (value instanceof Boolean b) {
                return b;
            }
            throw wrong(key, "true or false");
        }

        boolean nestedFlag(String key, String inner, boolean fallback) {
            Object value = map(key).get(inner);
            if (value == null) {
                return fallback;
            }
            if (value instanceof Boolean b) {
                return b;
            }
            throw wrong(key, "a mapping whose '" + inner + "' is true or false");
        }

        /** A mapping of names to names, such as {@code tag_map}; an empty YAML value means none. */
        Map<String, String> strings(String key) {
            Map<String, String> strings = new TreeMap<>();
            map(key).forEach((k, value) -> {
                if (value instanceof Map || value instanceof List) {
                    throw wrong(key, "a mapping of names to names");
                }
                strings.put(k, value == null ? "" : value.toString());
            });
            return strings;
        }

        List<String> globs(String key) {
            Object value = raw(key);
            if (value == null) {
                return List.of();
            }
            if (value instanceof String glob) {
                return List.of(glob);
            }
            return stringList(key, List.of());
        }

        /** A folder name: no slashes at either end, so it joins cleanly. */
        String folder(String key, String fallback) {
            String folder = string(key, fallback).replaceAll("^/+|/+$", "");
            return folder.isEmpty() ? fallback : folder;
        }

        int filenameCase() {
            Object value = raw("filename_case");
            if (value == null) {
                return 0;
            }
            if (value instanceof Number n && n.intValue() >= 0 && n.intValue() <= 2) {
                return n.intValue();
            }
            throw wrong("filename_case", "0, 1 or 2");
        }

        int perPage() {
            Object value = raw("per_page");
            if (value instanceof Number n && n.intValue() == 0) {
                return UNPAGINATED;
            }
            return positiveInt("per_page", 10);
        }

        String language() {
            Object value = raw("language");
            if (value instanceof List<?> list && !list.isEmpty()) {
                return String.valueOf(list.get(0));
            }
            String language = string("language", "en");
            return language.isBlank() || language.equals("default") ? "en" : language;
        }

        ZoneId timeZone() {
            String raw = string("timezone", "");
            if (raw.isBlank()) {
                return SiteConfigReader.DEFAULT_TIME_ZONE;
            }
            try {
                return ZoneId.of(raw);
            } catch (DateTimeException e) {
                throw wrong("timezone", "a time zone such as Asia/Shanghai, Europe/Berlin or UTC");
            }
        }

        /** Hexo's {@code url} gives the scheme and host, {@code root} the path every URL starts with. */
        URI baseUrl() {
            String url = string("url", "http://example.com");
            String root = string("root", "/");
            String path = ("/" + root + "/").replaceAll("/{2,}", "/");
            try {
                URI uri = new URI(url);
                if (!uri.isAbsolute() || uri.getHost() == null
                        || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                    throw wrong("url", "an absolute http(s) URL such as https://example.org");
                }
                return new URI(uri.getScheme(), uri.getRawAuthority(), null, null, null).resolve(
                        new URI(null, null, path, null));
            } catch (URISyntaxException e) {
                throw wrong("url", "an absolute http(s) URL such as https://example.org");
            }
        }

        HexoSettings.Marked marked() {
            Map<String, Object> marked = map("marked");
            return new HexoSettings.Marked(option(marked, "gfm", true), option(marked, "breaks", true),
                    option(marked, "autolink", true), option(marked, "prependRoot", true),
                    option(marked, "postAsset", false));
        }

        private boolean option(Map<String, Object> marked, String key, boolean fallback) {
            Object value = marked.get(key);
            if (value == null) {
                return fallback;
            }
            if (value instanceof Boolean b) {
                return b;
            }
            throw wrong("marked", "a mapping whose '" + key + "' is true or false");
        }

        LinkSettings links() {
            Map<String, Object> raw = map("links");
            return raw.isEmpty() ? LinkSettings.defaults() : new LinkSettingsReader(file(), lineOf("links")).read(raw);
        }
    }
}
