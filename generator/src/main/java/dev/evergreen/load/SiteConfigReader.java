package dev.evergreen.load;

import dev.evergreen.finding.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snakeyaml.engine.v2.nodes.Node;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code site.yml} into a {@link SiteConfig}. All defaults are named here, once. A value of the
 * wrong type is a {@link ConfigException} at its line; an unknown key is a warning, so a typo is seen
 * but an old site keeps building.
 */
final class SiteConfigReader {

    static final String FILE_NAME = "site.yml";
    static final String DEFAULT_TITLE = "Evergreen site";
    static final URI DEFAULT_BASE_URL = URI.create("http://localhost:4000/");
    static final String DEFAULT_LANGUAGE = "en";
    static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("UTC");
    static final String DEFAULT_PERMALINK = "/:year/:month/:day/:slug/";
    static final int DEFAULT_PER_PAGE = 10;
    static final String DEFAULT_THEME = "default";
    static final Map<String, Kind> DEFAULT_KIND_FOLDERS = Map.of("posts", Kind.ARTICLE, "recordings", Kind.RECORDING);
    static final List<String> DEFAULT_CHANNELS = List.of("developer", "marketing");

    static final Set<String> KNOWN_KEYS = Set.of("title", "description", "baseUrl", "language", "timezone",
            "permalink", "perPage", "theme", "kinds", "channels", "include", "params", "links", "docs");
    private static final Set<String> PERMALINK_TOKENS = Set.of(":year", ":month", ":day", ":slug", ":category");
    /** A token may share a segment with text or other tokens ({@code /:year-:month/}, {@code /archive-:year/}). */
    private static final Pattern TOKEN = Pattern.compile(":[A-Za-z_]+");

    private static final Logger LOG = LoggerFactory.getLogger(SiteConfigReader.class);

    private final Path contentRoot;
    private final Path file;
    private final Path displayPath = Path.of(FILE_NAME);

    SiteConfigReader(Path contentRoot) {
        this.contentRoot = contentRoot;
        this.file = contentRoot.resolve(FILE_NAME);
    }

    SiteConfig read() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            LOG.warn("{} not found in {}: using defaults (base URL {})", FILE_NAME, file.getParent(), DEFAULT_BASE_URL);
            text = "";
        } catch (IOException e) {
            throw new ConfigException(displayPath, 0, "cannot read the site configuration: " + e.getMessage(), e);
        }
        return fromYaml(text);
    }

    SiteConfig fromYaml(String text) {
        YamlDocument document = YamlDocument.parse(text, displayPath);
        Map<String, Node> nodes = document.nodes();
        Map<String, Object> values = document.values();
        nodes.keySet().stream().filter(k -> !KNOWN_KEYS.contains(k)).sorted().forEach(k ->
                LOG.warn("{}:{}: unknown key '{}' ignored; known keys: {}", FILE_NAME, line(nodes.get(k)), k,
                        KNOWN_KEYS.stream().sorted().toList()));
        Values v = new Values(nodes, values);
        String title = v.string("title", DEFAULT_TITLE);
        Map<String, Channel> channels = v.channels(title);
        return new SiteConfig(
                title,
                v.string("description", ""),
                v.baseUrl(),
                v.string("language", DEFAULT_LANGUAGE),
                v.timeZone(),
                v.permalink(),
                v.positiveInt("perPage", DEFAULT_PER_PAGE),
                v.string("theme", DEFAULT_THEME),
                v.kindFolders(),
                List.copyOf(channels.keySet()),
                v.stringList("include", List.of()),
                v.map("params"),
                v.links(),
                Optional.empty(),
                new DocsSettingsReader(contentRoot, displayPath, v.lineOf("docs")).read(v.map("docs")),
                channels);
    }

    private static int line(Node node) {
        return YamlDocument.line(node);
    }

    /** The typed values of site.yml's own keys. */
    private final class Values extends ConfigValues {

        Values(Map<String, Node> nodes, Map<String, Object> values) {
            super(new YamlDocument(displayPath, nodes, values));
        }

        URI baseUrl() {
            String raw = string("baseUrl", null);
            if (raw == null) {
                LOG.warn("{}: no baseUrl; feeds, sitemap and canonical links use {}", FILE_NAME, DEFAULT_BASE_URL);
                return DEFAULT_BASE_URL;
            }
            try {
                URI uri = new URI(raw.endsWith("/") ? raw : raw + "/");
                if (!uri.isAbsolute() || uri.getHost() == null
                        || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                    throw wrong("baseUrl", "an absolute http(s) URL such as https://example.org/");
                }
                return uri;
            } catch (URISyntaxException e) {
                throw wrong("baseUrl", "an absolute http(s) URL such as https://example.org/");
            }
        }

        ZoneId timeZone() {
            String raw = string("timezone", null);
            if (raw == null) {
                return DEFAULT_TIME_ZONE;
            }
            try {
                return ZoneId.of(raw);
            } catch (DateTimeException e) {
                throw wrong("timezone", "a time zone such as Asia/Shanghai, Europe/Berlin or UTC");
            }
        }

        String permalink() {
            String pattern = string("permalink", DEFAULT_PERMALINK);
            Matcher token = TOKEN.matcher(pattern);
            while (token.find()) {
                if (!PERMALINK_TOKENS.contains(token.group())) {
                    throw wrong("permalink", "a pattern using only " + PERMALINK_TOKENS.stream().sorted().toList());
                }
            }
            if (!pattern.contains(":slug")) {
                throw wrong("permalink", "a pattern containing :slug, so that two articles never share a URL");
            }
            String rooted = pattern.startsWith("/") ? pattern : "/" + pattern;
            return rooted.endsWith("/") ? rooted : rooted + "/";
        }

        LinkSettings links() {
            Map<String, Object> raw = map("links");
            return raw.isEmpty() ? LinkSettings.defaults()
                    : new LinkSettingsReader(displayPath, lineOf("links")).read(raw);
        }

        Map<String, Channel> channels(String siteTitle) {
            Object raw = raw("channels");
            return new ChannelsReader(contentRoot, displayPath, lineOf("channels"))
                    .read(raw == null ? DEFAULT_CHANNELS : raw, siteTitle);
        }

        Map<String, Kind> kindFolders() {
            Map<String, Object> raw = map("kinds");
            if (raw.isEmpty()) {
                return DEFAULT_KIND_FOLDERS;
            }
            Map<String, Kind> folders = new TreeMap<>();
            raw.forEach((folder, kind) -> folders.put(folder, Kind.fromLabel(String.valueOf(kind).toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> wrong("kinds", "a mapping of folder to article, recording or page"))));
            return folders;
        }
    }
}
