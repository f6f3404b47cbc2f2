package dev.evergreen.render;

import dev.evergreen.load.Kind;
import dev.evergreen.load.SiteConfig;
import dev.evergreen.load.Source;
import dev.evergreen.model.Item;
import dev.evergreen.model.Site;
import dev.evergreen.model.Taxonomy;
import dev.evergreen.model.Term;
import dev.evergreen.parse.Heading;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small site served under {@code https://example.org/blog/}: three articles (two per page, so the home
 * and the {@code java} tag have two pages), a recording, a page and a marketing article.
 */
final class SampleSite {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String HOSTILE_TITLE = "Escaping <script>alert('x')</script> & friends";

    static final Term JAVA = new Term("java", "java", "/blog/tags/java/");
    static final Term CJK = new Term("并发", "并发", "/blog/tags/%E5%B9%B6%E5%8F%91/");
    static final Term DEEP_DIVES = new Term("Deep dives", "deep-dives", "/blog/categories/deep-dives/");

    private SampleSite() {
    }

    static SiteConfig config(String theme) {
        return config(theme, "en");
    }

    static SiteConfig config(String theme, String language) {
        return new SiteConfig("Evergreen Test", "Deep-dives & talks", URI.create("https://example.org/blog/"),
                language, ZONE, ":year/:month/:day/:slug/", 2, theme, Map.of("posts", Kind.ARTICLE),
                List.of("developer", "marketing"), List.of(), Map.of("github", "evergreen"),
                dev.evergreen.load.LinkSettings.defaults(), java.util.Optional.empty(),
                new dev.evergreen.load.DocsSettings(java.nio.file.Path.of("/"), java.nio.file.Path.of("/"), "", "main", false, java.util.List.of()),
                Map.of());
    }

    static Site site() {
        return site(config("default"), "article");
    }

    /** The sample site with the newest article given {@code newestLayout}. */
    static Site site(SiteConfig config, String newestLayout) {
        Item newest = article("posts/newest.md", "Virtual threads in practice", at(2024, 3, 1),
                "/blog/2024/03/01/virtual-threads/", List.of(JAVA, CJK), newestLayout,
                List.of(new Heading(2, "why", "Why", 5), new Heading(2, "how", "How", 9)));
        Item middle = article("posts/middle.md", HOSTILE_TITLE, at(2024, 2, 1),
                "/blog/2024/02/01/escaping/", List.of(JAVA), "article", List.of(new Heading(2, "only", "Only", 3)));
        Item oldest = article("posts/oldest.md", "Records everywhere", at(2023, 12, 1),
                "/blog/2023/12/01/records/", List.of(JAVA), "article", List.of());
        Item talk = item("recordings/talk.md", Kind.RECORDING, "developer", "Meetup talk", at(2024, 1, 15),
                "/blog/recordings/talk/", List.of(), "recording", List.of());
        Item about = item("about.md", Kind.PAGE, "developer", "About", null, "/blog/about/", List.of(), "page",
                List.of());
        Item promo = item("promo.md", Kind.ARTICLE, "marketing", "Buy now", at(2024, 4, 1), "/blog/promo/",
                List.of(), "article", List.of());
        List<Item> articles = List.of(newest, middle, oldest);
        Map<Term, List<Item>> byTag = new LinkedHashMap<>();
        byTag.put(JAVA, articles);
        byTag.put(CJK, List.of(newest));
        Taxonomy tags = new Taxonomy("tags", "/blog/tags/", List.of(JAVA, CJK), byTag);
        Taxonomy categories = new Taxonomy("categories", "/blog/categories/", List.of(DEEP_DIVES),
                Map.of(DEEP_DIVES, articles));
        return new Site(config, List.of(promo, newest, middle, talk, oldest, about), articles, tags, categories,
                List.of(), dev.evergreen.model.Navigation.empty());
    }

    /** A site of {@code count} developer pages at {@code /blog/page-N/}, the {@code edited}th with other text (-1: none). */
    static Site pages(int count, int edited) {
        List<Item> pages = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            Item page = item("page-" + i + ".md", Kind.PAGE, "developer", "Page " + i, null, "/blog/page-" + i + "/",
                    List.of(), "page", List.of());
            if (i == edited) {
                String body = "<p>Edited.</p>";
                page = new Item(new Source(page.source().path(), page.source().file(), "# Edited"), Kind.PAGE,
                        "developer", page.title(), null, null, "slug", page.url(), List.of(), List.of(),
                        page.description(), List.of("Ada"), null, body, body, true, List.of(), 4, false, "page",
                        List.of(), Map.of(), Map.of(), null);
            }
            pages.add(page);
        }
        Taxonomy none = new Taxonomy("tags", "/blog/tags/", List.of(), Map.of());
        return new Site(config("default"), pages, List.of(), none, new Taxonomy("categories", "/blog/categories/",
                List.of(), Map.of()), List.of(), dev.evergreen.model.Navigation.empty());
    }

    static ZonedDateTime at(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 9, 30, 0, 0, ZONE);
    }

    private static Item article(String path, String title, ZonedDateTime date, String url, List<Term> tags,
                                String layout, List<Heading> toc) {
        return item(path, Kind.ARTICLE, "developer", title, date, url, tags, layout, toc);
    }

    private static Item item(String path, Kind kind, String channel, String title, ZonedDateTime date, String url,
                             List<Term> tags, String layout, List<Heading> toc) {
        Source source = new Source(Path.of(path), Path.of("/content").resolve(path), "# " + title);
        String body = "<p>Body of " + escape(title) + ". See <a href=\"/blog/about/\" data-eg-src=\"" + path
                + ":3\">about</a>.</p>";
        List<Term> categories = kind == Kind.ARTICLE && channel.equals("developer") ? List.of(DEEP_DIVES) : List.of();
        return new Item(source, kind, channel, title, date, date == null ? null : date.plusDays(2), "slug", url, tags,
                categories, "About " + title, List.of("Ada"), null, body, body, true, toc, 4, false, layout,
                List.of(), Map.of(), Map.of(), null);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
