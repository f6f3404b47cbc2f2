package dev.evergreen.model;

import dev.evergreen.load.Kind;
import dev.evergreen.load.LinkSettings;
import dev.evergreen.load.SiteConfig;
import dev.evergreen.load.Source;
import dev.evergreen.parse.FrontMatter;
import dev.evergreen.parse.Heading;
import dev.evergreen.parse.ParsedPage;
import dev.evergreen.parse.TextStats;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the parse stage's records for model tests, setting only what a test is about. */
final class Pages {

    static final Path CONTENT_ROOT = Path.of("/content");

    private final String path;
    private String title;
    private ZonedDateTime date;
    private List<String> tags = List.of();
    private List<String> categories = List.of();
    private boolean draft;
    private String slug;
    private String permalink;
    private String channel;
    private String kind;
    private List<Heading> headings = List.of();
    private final Map<String, Object> extra = new java.util.LinkedHashMap<>();
    private final Map<String, Integer> lines = new HashMap<>();

    private Pages(String path) {
        this.path = path;
    }

    static Pages page(String path) {
        return new Pages(path);
    }

    static SiteConfig config(String baseUrl) {
        return new SiteConfig("Test", "", URI.create(baseUrl), "en", ZoneId.of("UTC"), "/:year/:month/:day/:slug/",
                10, "default", Map.of("posts", Kind.ARTICLE, "recordings", Kind.RECORDING),
                List.of("developer", "marketing"), List.of(), Map.of(), LinkSettings.defaults(),
                java.util.Optional.empty(),
                new dev.evergreen.load.DocsSettings(java.nio.file.Path.of("/"), java.nio.file.Path.of("/"), "", "main", false, java.util.List.of()),
                Map.of());
    }

    Pages title(String value) {
        title = value;
        return at("title", 2);
    }

    Pages date(String isoInstant) {
        date = ZonedDateTime.parse(isoInstant);
        return at("date", 3);
    }

    Pages tags(String... values) {
        tags = List.of(values);
        return this;
    }

    Pages categories(String... values) {
        categories = List.of(values);
        return this;
    }

    Pages draft() {
        draft = true;
        return this;
    }

    Pages slug(String value) {
        slug = value;
        return this;
    }

    Pages permalink(String value) {
        permalink = value;
        return this;
    }

    Pages channel(String value, int line) {
        channel = value;
        return at("channel", line);
    }

    Pages kind(String value, int line) {
        kind = value;
        return at("kind", line);
    }

    Pages headings(Heading... values) {
        headings = List.of(values);
        return this;
    }

    /** A front matter key the model reads from {@code extra}: a recording's {@code video}, a page's {@code weight}... */
    Pages extra(String key, Object value, int line) {
        extra.put(key, value);
        return at(key, line);
    }

    private Pages at(String key, int line) {
        lines.put(key, line);
        return this;
    }

    ParsedPage parsed() {
        FrontMatter fm = new FrontMatter(title, date, null, tags, categories, draft, slug, permalink, List.of(), null,
                List.of(), null, channel, kind, null, extra, lines,
                categories.isEmpty() ? List.of() : List.of(categories));
        Source source = new Source(Path.of(path), CONTENT_ROOT.resolve(path), "");
        return new ParsedPage(source, fm, "<p>" + path + "</p>", "<p>excerpt</p>", false, headings,
                new TextStats(460, 0), new ArrayList<>(), List.of());
    }
}
