package dev.evergreen.model;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.Severity;
import dev.evergreen.finding.SourcePos;
import dev.evergreen.load.Kind;
import dev.evergreen.load.LinkSettings;
import dev.evergreen.load.LoadedContent;
import dev.evergreen.load.SiteConfig;
import dev.evergreen.parse.Heading;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static dev.evergreen.model.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

class SiteModelerTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final ModelOptions PUBLISHED = new ModelOptions(false, false, NOW);

    @Test
    void articlePermalinkFollowsThePatternWithItsDateAndSlug() {
        Item item = only(model(page("posts/hello-world.md").title("Hello").date("2024-05-03T23:30:00+08:00")));

        assertThat(item.kind()).isEqualTo(Kind.ARTICLE);
        assertThat(item.slug()).isEqualTo("hello-world");
        assertThat(item.url()).isEqualTo("/2024/05/03/hello-world/");
        assertThat(item.channel()).isEqualTo("developer");
        assertThat(item.layout()).isEqualTo("article");
        assertThat(item.readingMinutes()).isEqualTo(2);
        assertThat(item.updated()).isEqualTo(item.date());
    }

    @Test
    void patternTakesTheFirstCategoryAndTheFrontMatterSlug() {
        SiteConfig config = withPermalink(Pages.config("https://example.org/"), "/:category/:year/:slug/");

        ModelResult result = new SiteModeler(config, PUBLISHED).model(content(config), List.of(
                page("posts/a.md").title("A").date("2024-01-02T00:00:00Z").categories("Deep Dives", "Java")
                        .slug("My Slug").parsed(),
                page("posts/b.md").title("B").date("2024-01-02T00:00:00Z").parsed()));

        assertThat(result.site().items()).extracting(Item::url)
                .containsExactly("/deep-dives/2024/My-Slug/", "/uncategorized/2024/b/");
    }

    @Test
    void frontMatterPermalinkWins() {
        Item item = only(model(page("posts/a.md").title("A").date("2024-01-02T00:00:00Z").permalink("/custom/path")));

        assertThat(item.url()).isEqualTo("/custom/path/");
    }

    @Test
    void pagesMirrorTheirPath() {
        ModelResult result = model(
                page("about.md").title("About"),
                page("docs/index.md").title("Docs"),
                page("docs/getting started.md").title("Start"),
                page("index.md").title("Home"));

        assertThat(result.findings()).isEmpty();
        assertThat(result.site().items()).extracting(Item::url)
                .containsExactly("/", "/about/", "/docs/", "/docs/getting-started/");
        assertThat(result.site().items()).extracting(Item::kind).containsOnly(Kind.PAGE);
        assertThat(result.site().articles()).isEmpty();
    }

    @Test
    void recordingsFolderGivesRecordings() {
        Item item = only(model(page("recordings/jug-talk.md").title("Talk").date("2024-01-02T00:00:00Z")));

        assertThat(item.kind()).isEqualTo(Kind.RECORDING);
        assertThat(item.url()).isEqualTo("/recordings/jug-talk/");
    }

    @Test
    void unicodeSlugIsKeptButPercentEncodedInTheUrl() {
        Item item = only(model(page("posts/你好 世界.md").title("你好").date("2024-05-03T00:00:00Z")));

        assertThat(item.slug()).isEqualTo("你好-世界");
        assertThat(item.url()).isEqualTo("/2024/05/03/%E4%BD%A0%E5%A5%BD-%E4%B8%96%E7%95%8C/");
    }

    @Test
    void basePathPrefixesEveryUrl() {
        SiteConfig config = Pages.config("https://example.org/blog/");

        ModelResult result = new SiteModeler(config, PUBLISHED).model(content(config), List.of(
                page("posts/a.md").title("A").date("2024-01-02T00:00:00Z").tags("Java").categories("JVM").parsed(),
                page("about.md").title("About").parsed(),
                page("posts/b.md").title("B").date("2024-01-01T00:00:00Z").permalink("/fixed/").parsed()));

        assertThat(result.site().items()).extracting(Item::url)
                .containsExactly("/blog/2024/01/02/a/", "/blog/fixed/", "/blog/about/");
        assertThat(result.site().tags().url()).isEqualTo("/blog/tags/");
        assertThat(result.site().tags().terms()).containsExactly(new Term("Java", "java", "/blog/tags/java/"));
        assertThat(result.site().categories().terms()).containsExactly(new Term("JVM", "jvm", "/blog/categories/jvm/"));
    }

    @Test
    void draftsAndFutureItemsAreLeftOutUnlessAskedFor() {
        Pages[] pages = {
                page("posts/draft.md").title("D").date("2024-01-01T00:00:00Z").draft(),
                page("posts/future.md").title("F").date("2024-06-01T00:00:01Z"),
                page("posts/now.md").title("N").date("2024-06-01T00:00:00Z")};

        assertThat(modelWith(PUBLISHED, pages).site().items()).extracting(Item::slug).containsExactly("now");
        assertThat(modelWith(new ModelOptions(true, false, NOW), pages).site().items()).extracting(Item::slug)
                .containsExactly("now", "draft");
        assertThat(modelWith(new ModelOptions(false, true, NOW), pages).site().items()).extracting(Item::slug)
                .containsExactly("future", "now");
        assertThat(modelWith(new ModelOptions(true, true, NOW), pages).site().items()).extracting(Item::draft)
                .containsExactly(false, false, true);
    }

    @Test
    void articleWithoutDateIsAnError() {
        ModelResult result = model(page("posts/undated.md").title("U"), page("about.md").title("About"));

        assertThat(result.findings()).containsExactly(ContentFinding.error(SourcePos.of(Path.of("posts/undated.md"), 1),
                "date", "this article has no date; add 'date: 2024-05-01' to its front matter"));
    }

    @Test
    void missingTitleFallsBackToTheFirstHeadingWithAWarning() {
        ModelResult result = model(page("posts/a.md").date("2024-01-02T00:00:00Z").headings(
                new Heading(2, "setup", "Setup", 5), new Heading(1, "the-title", "The Title", 9)));

        assertThat(result.site().items()).extracting(Item::title).containsExactly("The Title");
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.kind()).isEqualTo("title");
            assertThat(f.pos()).isEqualTo(SourcePos.of(Path.of("posts/a.md"), 1));
            assertThat(f.detail()).contains("\"The Title\"");
        });
    }

    @Test
    void missingTitleAndHeadingsFallBackToTheFileNameWithAWarning() {
        ModelResult result = model(page("notes/release-notes.md").title("  "));

        assertThat(result.site().items()).extracting(Item::title).containsExactly("release-notes");
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.kind()).isEqualTo("title");
            assertThat(f.detail()).contains("\"release-notes\"");
        });
    }

    @Test
    void duplicatePermalinksAreOneErrorNamingBothFiles() {
        ModelResult result = model(
                page("posts/a.md").title("A").date("2024-01-02T00:00:00Z").slug("same"),
                page("posts/b.md").title("B").date("2024-01-02T09:00:00Z").slug("same"));

        assertThat(result.site().items()).extracting(Item::title).containsExactly("A");
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.isError()).isTrue();
            assertThat(f.kind()).isEqualTo("duplicate-permalink");
            assertThat(f.pos()).isEqualTo(SourcePos.of(Path.of("posts/b.md"), 1));
            assertThat(f.detail()).startsWith("/2024/01/02/same/ is also the permalink of posts/a.md");
        });
    }

    @Test
    void tagsDifferingInCaseAreOneTerm() {
        ModelResult result = model(
                page("posts/a.md").title("A").date("2024-01-01T00:00:00Z").tags("Java", "JVM"),
                page("posts/b.md").title("B").date("2024-02-01T00:00:00Z").tags("java"));

        Taxonomy tags = result.site().tags();
        Term java = new Term("Java", "java", "/tags/java/");
        assertThat(tags.terms()).containsExactly(java, new Term("JVM", "jvm", "/tags/jvm/"));
        assertThat(tags.items(java)).extracting(Item::title).containsExactly("B", "A");
        assertThat(result.site().items()).extracting(Item::tags).containsExactly(List.of(java),
                List.of(java, new Term("JVM", "jvm", "/tags/jvm/")));
    }

    @Test
    void articlesAreNewestFirstThenByUrl() {
        ModelResult result = model(
                page("posts/old.md").title("Old").date("2023-01-01T00:00:00Z"),
                page("posts/zeta.md").title("Zeta").date("2024-03-01T00:00:00Z"),
                page("posts/alpha.md").title("Alpha").date("2024-03-01T00:00:00Z"),
                page("about.md").title("About"),
                page("posts/new.md").title("New").date("2024-05-01T00:00:00Z"));

        assertThat(result.site().articles()).extracting(Item::title).containsExactly("New", "Alpha", "Zeta", "Old");
        assertThat(result.site().items()).extracting(Item::title)
                .containsExactly("New", "Alpha", "Zeta", "Old", "About");
    }

    @Test
    void otherChannelsStayOutOfTheArticlesAndTaxonomies() {
        ModelResult result = model(
                page("posts/launch.md").title("Launch").date("2024-01-01T00:00:00Z").channel("marketing", 4)
                        .tags("Promo"),
                page("posts/deep.md").title("Deep").date("2024-01-01T00:00:00Z").tags("Java"));

        assertThat(result.site().items()).extracting(Item::title, Item::channel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Deep", "developer"),
                        org.assertj.core.groups.Tuple.tuple("Launch", "marketing"));
        assertThat(result.site().articles()).extracting(Item::title).containsExactly("Deep");
        assertThat(result.site().tags().terms()).extracting(Term::name).containsExactly("Java");
    }

    @Test
    void unknownKindAndChannelAreFindingsAtTheirLines() {
        ModelResult result = model(page("posts/a.md").title("A").date("2024-01-01T00:00:00Z")
                .kind("tutorial", 5).channel("sales", 6));

        assertThat(result.findings()).extracting(Finding::pos, Finding::kind, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SourcePos.of(Path.of("posts/a.md"), 5), "kind", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple(SourcePos.of(Path.of("posts/a.md"), 6), "channel", Severity.ERROR));
        assertThat(result.site().items()).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(Kind.ARTICLE);
            assertThat(item.channel()).isEqualTo("developer");
        });
    }

    @Test
    void declaredKindWinsOverTheFolder() {
        Item item = only(model(page("posts/colophon.md").title("Colophon").kind("page", 3)));

        assertThat(item.kind()).isEqualTo(Kind.PAGE);
        assertThat(item.url()).isEqualTo("/posts/colophon/");
    }

    private static Item only(ModelResult result) {
        assertThat(result.findings()).isEmpty();
        assertThat(result.site().items()).hasSize(1);
        return result.site().items().get(0);
    }

    private static ModelResult model(Pages... pages) {
        return modelWith(PUBLISHED, pages);
    }

    private static ModelResult modelWith(ModelOptions options, Pages... pages) {
        SiteConfig config = Pages.config("https://example.org/");
        return new SiteModeler(config, options).model(content(config),
                Arrays.stream(pages).map(Pages::parsed).toList());
    }

    private static LoadedContent content(SiteConfig config) {
        return new LoadedContent(Pages.CONTENT_ROOT, config, List.of(), List.of(), List.of());
    }

    private static SiteConfig withPermalink(SiteConfig c, String permalink) {
        return new SiteConfig(c.title(), c.description(), c.baseUrl(), c.language(), c.timeZone(), permalink,
                c.perPage(), c.theme(), c.kindFolders(), c.channels(), c.include(), Map.copyOf(c.params()), c.links(),
                c.hexo());
    }
}
