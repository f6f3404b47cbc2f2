package dev.evergreen.model;

import dev.evergreen.finding.Finding;
import dev.evergreen.load.DocsSettings;
import dev.evergreen.load.LoadedContent;
import dev.evergreen.load.NavLink;
import dev.evergreen.load.SiteConfig;
import dev.evergreen.parse.ParsedPage;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import static dev.evergreen.model.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

class NavigationTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static ModelResult model(List<NavLink> nav, Pages... pages) {
        SiteConfig c = Pages.config("https://example.org/");
        DocsSettings docs = new DocsSettings(Path.of("/repo"), Path.of("/"), "https://git.example.org/acme/site",
                "trunk", false, nav);
        SiteConfig config = new SiteConfig(c.title(), c.description(), c.baseUrl(), c.language(), c.timeZone(),
                c.permalink(), c.perPage(), c.theme(), c.kindFolders(), c.channels(), c.include(), c.params(),
                c.links(), c.hexo(), docs, c.channelSettings());
        List<ParsedPage> parsed = Arrays.stream(pages).map(Pages::parsed).toList();
        LoadedContent content = new LoadedContent(Pages.CONTENT_ROOT, config, List.of(), List.of(), List.of());
        return new SiteModeler(config, new ModelOptions(false, false, NOW)).model(content, parsed);
    }

    private static ModelResult model(Pages... pages) {
        return model(List.of(), pages);
    }

    private static List<String> titles(List<NavNode> nodes) {
        return nodes.stream().map(NavNode::title).toList();
    }

    @Test
    void pagesAndSubSectionsAreOrderedByWeightThenTitleWithUnweightedLast() {
        Navigation nav = model(
                page("docs/_index.md").title("Docs"),
                page("docs/zeta.md").title("Zeta").extra("weight", 1, 3),
                page("docs/alpha.md").title("Alpha"),
                page("docs/beta.md").title("beta"),
                page("docs/plugin/_index.md").title("Plugin").extra("weight", 5, 3),
                page("docs/plugin/goals.md").title("Goals"),
                page("docs/plugin/setup.md").title("Setup").extra("weight", -1, 3),
                page("about.md").title("About")).site().navigation();

        assertThat(nav.sections()).singleElement().satisfies(docs -> {
            assertThat(docs.url()).isEqualTo("/docs/");
            assertThat(titles(docs.children())).containsExactly("Zeta", "Plugin", "Alpha", "beta");
            NavNode plugin = docs.children().get(1);
            assertThat(plugin.section()).isTrue();
            assertThat(plugin.url()).isEqualTo("/docs/plugin/");
            assertThat(titles(plugin.children())).containsExactly("Setup", "Goals");
        });
        assertThat(nav.sectionOf("/about/")).isEmpty();
        assertThat(nav.top()).containsExactly(new TopLink("Docs", "/docs/", 0));
    }

    @Test
    void anExplicitOrderWinsOverWeightsAndNamesFilesOrFolders() {
        ModelResult result = model(
                page("guide/_index.md").title("Guide").extra("order", List.of("install", "usage.md", "faq/", "gone.md"), 4),
                page("guide/usage.md").title("Usage").extra("weight", 1, 3),
                page("guide/install.md").title("Install").extra("weight", 9, 3),
                page("guide/faq/why.md").title("Why"));

        assertThat(titles(result.site().navigation().sections().get(0).children()))
                .containsExactly("Install", "Usage", "faq");
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("order");
            assertThat(f.pos().displayPath()).isEqualTo("guide/_index.md");
            assertThat(f.pos().line()).isEqualTo(4);
            assertThat(f.detail()).contains("'gone.md'");
        });
    }

    @Test
    void previousAndNextFollowReadingOrderDepthFirstWithinTheSection() {
        Navigation nav = model(
                page("docs/_index.md").title("Docs"),
                page("docs/a.md").title("A").extra("weight", 1, 3),
                page("docs/sub/_index.md").title("Sub").extra("weight", 2, 3),
                page("docs/sub/b.md").title("B"),
                page("docs/sub/deeper/c.md").title("C"),
                page("docs/d.md").title("D").extra("weight", 3, 3),
                page("other/_index.md").title("Other")).site().navigation();

        List<String> order = new java.util.ArrayList<>();
        for (String url = "/docs/"; url != null; url = nav.next(url).map(NavNode::url).orElse(null)) {
            order.add(url);
        }
        assertThat(order).containsExactly("/docs/", "/docs/a/", "/docs/sub/", "/docs/sub/b/",
                "/docs/sub/deeper/c/", "/docs/d/");
        assertThat(nav.previous("/docs/sub/b/")).map(NavNode::url).contains("/docs/sub/");
        assertThat(nav.previous("/docs/")).isEmpty();
        assertThat(nav.next("/docs/d/")).as("the next section is not read on").isEmpty();
    }

    @Test
    void breadcrumbsAreTheSectionsAboveAPageIncludingOnesWithoutAnIndex() {
        Navigation nav = model(
                page("docs/_index.md").title("Docs"),
                page("docs/sub/_index.md").title("Sub"),
                page("docs/sub/deeper/c.md").title("C")).site().navigation();

        assertThat(nav.breadcrumbs("/docs/sub/deeper/c/")).extracting(NavNode::title, NavNode::url)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Docs", "/docs/"),
                        org.assertj.core.groups.Tuple.tuple("Sub", "/docs/sub/"),
                        org.assertj.core.groups.Tuple.tuple("deeper", null));
        assertThat(nav.breadcrumbs("/docs/")).isEmpty();
    }

    @Test
    void aPageLeftOutOfTheOrderIsAnOrphanUnlessNavYmlLinksIt() {
        Pages[] pages = {
                page("docs/_index.md").title("Docs").extra("order", List.of("a.md"), 3),
                page("docs/a.md").title("A"),
                page("docs/hidden.md").title("Hidden"),
                page("docs/linked.md").title("Linked")};

        ModelResult result = model(List.of(new NavLink("Linked", "/docs/linked/", 1),
                new NavLink("Code", "https://git.example.org/acme", 3)), pages);

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.isError()).isFalse();
            assertThat(f.kind()).isEqualTo("orphan-page");
            assertThat(f.pos().displayPath()).isEqualTo("docs/hidden.md");
        });
        assertThat(result.site().navigation().top()).containsExactly(new TopLink("Linked", "/docs/linked/", 1),
                new TopLink("Code", "https://git.example.org/acme", 3));
    }

    @Test
    void sectionPagesGetTheDocLayoutUnlessTheyNameOneAndFoldersWithoutAnIndexAreNoSection() {
        ModelResult result = model(
                page("docs/index.md").title("Docs"),
                page("docs/a.md").title("A"),
                page("legal/terms.md").title("Terms"),
                page("posts/_index.md").title("Posts").date("2025-01-01T00:00:00Z"));

        assertThat(result.site().items()).extracting(i -> i.source().slashPath(), Item::layout)
                .contains(org.assertj.core.groups.Tuple.tuple("docs/index.md", "doc"),
                        org.assertj.core.groups.Tuple.tuple("docs/a.md", "doc"),
                        org.assertj.core.groups.Tuple.tuple("legal/terms.md", "page"));
        assertThat(result.site().navigation().sections()).extracting(NavNode::url).containsExactly("/docs/");
    }

    @Test
    void aWeightThatIsNoNumberIsAWarningAtItsLine() {
        List<Finding> findings = model(page("docs/_index.md").title("Docs"),
                page("docs/a.md").title("A").extra("weight", "first", 5)).findings();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("weight");
            assertThat(f.pos().line()).isEqualTo(5);
        });
    }
}
