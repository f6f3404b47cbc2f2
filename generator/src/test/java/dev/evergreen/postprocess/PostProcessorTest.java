package dev.evergreen.postprocess;

import dev.evergreen.finding.SourcePos;
import dev.evergreen.load.Asset;
import dev.evergreen.load.Kind;
import dev.evergreen.load.LinkSettings;
import dev.evergreen.load.SiteConfig;
import dev.evergreen.load.Source;
import dev.evergreen.model.Item;
import dev.evergreen.model.Site;
import dev.evergreen.model.Taxonomy;
import dev.evergreen.render.RenderedPage;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PostProcessorTest {

    private static final String ARTICLE_URL = "/2024/01/02/a/";
    private static final String TEMPLATE = "theme:default/article.ftl";
    private static final SourcePos A_LINE_12 = SourcePos.of(Path.of("posts/a.md"), 12);

    private final PostProcessor processor = new PostProcessor(site("https://example.org/"));

    @Test
    void markdownLinkBecomesThePermalinkAndTheStampIsRemoved() {
        ProcessedPage page = process(ARTICLE_URL, "<p><a href=\"../b.md#part\" data-eg-src=\"posts/a.md:12\">B</a></p>");

        assertThat(html(page)).isEqualTo("<html><head></head><body><p><a href=\"/b/#part\">B</a></p></body></html>");
        assertThat(page.links()).containsExactly(new PageLink("/b/#part", "../b.md#part", A_LINE_12, null));
    }

    @Test
    void linkToAnUnpublishedMarkdownFileIsKeptWithTheMissingSource() {
        ProcessedPage page = process(ARTICLE_URL, "<a href=\"missing.md\" data-eg-src=\"posts/a.md:12\">?</a>");

        assertThat(page.links()).containsExactly(new PageLink("missing.md", "missing.md", A_LINE_12, "posts/missing.md"));
        assertThat(html(page)).contains("<a href=\"missing.md\">?</a>").doesNotContain(PostProcessor.STAMP);
    }

    @Test
    void imageNextToTheSourceBecomesTheAssetUrlPercentEncoded() {
        ProcessedPage page = process(ARTICLE_URL,
                "<img src=\"img/架构 图.png\" alt=\"\" data-eg-src=\"posts/a.md:12\">"
                        + "<img src=\"img/%E6%9E%B6%E6%9E%84%20%E5%9B%BE.png?v=2\" data-eg-src=\"posts/a.md:13\">");

        String url = "/posts/img/%E6%9E%B6%E6%9E%84%20%E5%9B%BE.png";
        assertThat(page.links()).extracting(PageLink::href).containsExactly(url, url + "?v=2");
        assertThat(page.links().get(0).written()).isEqualTo("img/架构 图.png");
        assertThat(html(page)).contains("<img src=\"" + url + "\" alt=\"\">");
    }

    @Test
    void assetUrlCarriesTheBasePath() {
        PostProcessor underBlog = new PostProcessor(site("https://example.org/blog/"));
        ProcessedPage page = underBlog.process(new RenderedPage("/blog/2024/01/02/a/", Path.of("2024/01/02/a/index.html"),
                "<img src=\"../logo.svg\" data-eg-src=\"posts/a.md:3\">", true, TEMPLATE));

        assertThat(page.links()).extracting(PageLink::href).containsExactly("/blog/logo.svg");
    }

    @Test
    void fragmentOfAnExcerptOnAnotherPagePointsAtTheArticle() {
        String excerpt = "<a href=\"#setup\" data-eg-src=\"posts/a.md:4\">setup</a>";

        ProcessedPage home = process("/", excerpt);
        ProcessedPage own = process(ARTICLE_URL, excerpt);

        assertThat(home.links()).containsExactly(
                new PageLink(ARTICLE_URL + "#setup", "#setup", SourcePos.of(Path.of("posts/a.md"), 4), null));
        assertThat(html(home)).contains("<a href=\"/2024/01/02/a/#setup\">");
        assertThat(own.links()).extracting(PageLink::href).containsExactly("#setup");
    }

    @Test
    void linksATemplateWroteAreReportedAtTheTemplate() {
        ProcessedPage page = process("/", "<link rel=\"stylesheet\" href=\"/assets/evergreen.css\"><a href=\"../b.md\">x</a>");

        SourcePos template = new SourcePos(Path.of(TEMPLATE), 0, 0);
        assertThat(page.links()).containsExactly(
                new PageLink("/assets/evergreen.css", "/assets/evergreen.css", template, null),
                new PageLink("../b.md", "../b.md", template, null));
    }

    @Test
    void srcsetIsSplitAndEachCandidateRewritten() {
        ProcessedPage page = process(ARTICLE_URL,
                "<img src=\"cat.png\" srcset=\"cat.png 1x, hd/cat.png 2x,https://cdn.example.com/c.png 3x\""
                        + " data-eg-src=\"posts/a.md:12\">");

        assertThat(page.links()).extracting(PageLink::href).containsExactly("/posts/cat.png", "/posts/cat.png",
                "/posts/hd/cat.png", "https://cdn.example.com/c.png");
        assertThat(html(page)).contains("srcset=\"/posts/cat.png 1x, /posts/hd/cat.png 2x,https://cdn.example.com/c.png 3x\"");
    }

    @Test
    void anchorsAreIdsAndNamedAnchors() {
        ProcessedPage page = process(ARTICLE_URL,
                "<h2 id=\"setup\">Setup</h2><a name=\"legacy\"></a><div id=\"中文\"></div><span name=\"not-an-anchor\"></span>");

        assertThat(page.anchors()).containsExactlyInAnyOrder("setup", "legacy", "中文");
    }

    @Test
    void stampsOnElementsWithoutUrlsAreRemovedToo() {
        ProcessedPage page = process(ARTICLE_URL,
                "<video controls data-eg-src=\"posts/a.md:7\"><source src=\"clip.mp4\" data-eg-src=\"posts/a.md:7\"></video>");

        assertThat(html(page)).doesNotContain(PostProcessor.STAMP);
        assertThat(page.links()).containsExactly(
                new PageLink("clip.mp4", "clip.mp4", SourcePos.of(Path.of("posts/a.md"), 7), null));
    }

    @Test
    void nonHtmlPagesPassThrough() {
        String feed = "<feed><link href=\"b.md\" data-eg-src=\"posts/a.md:1\"/></feed>";

        ProcessedPage page = processor.process(new RenderedPage("/atom.xml", Path.of("atom.xml"), feed, false, TEMPLATE));

        assertThat(page.bytes()).isEqualTo(feed.getBytes(StandardCharsets.UTF_8));
        assertThat(page.links()).isEmpty();
        assertThat(page.anchors()).isEmpty();
        assertThat(page.outputPath()).isEqualTo(Path.of("atom.xml"));
    }

    @Test
    void srcsetCandidatesAreTheUrlsWithoutDescriptors() {
        assertThat(LinkAttributes.srcsetUrls(" a.png 480w,b.png , c.png 2x,, ")).containsExactly("a.png", "b.png", "c.png");
    }

    private ProcessedPage process(String url, String body) {
        return processor.process(new RenderedPage(url, Path.of(url.substring(1) + "index.html"), body, true, TEMPLATE));
    }

    private static String html(ProcessedPage page) {
        return new String(page.bytes(), StandardCharsets.UTF_8);
    }

    private static Site site(String baseUrl) {
        SiteConfig config = new SiteConfig("Test", "", URI.create(baseUrl), "en", ZoneId.of("UTC"),
                "/:year/:month/:day/:slug/", 10, "default", Map.of("posts", Kind.ARTICLE), List.of("developer"),
                List.of(), Map.of(), LinkSettings.defaults(), java.util.Optional.empty());
        String base = config.basePath();
        List<Item> items = List.of(
                item("posts/a.md", base + ARTICLE_URL.substring(1)),
                item("b.md", base + "b/"));
        List<Asset> assets = List.of(asset("posts/cat.png"), asset("posts/hd/cat.png"), asset("posts/img/架构 图.png"),
                asset("logo.svg"));
        Taxonomy none = new Taxonomy("tags", base + "tags/", List.of(), Map.of());
        return new Site(config, items, List.of(), none, none, assets);
    }

    private static Item item(String sourcePath, String url) {
        Source source = new Source(Path.of(sourcePath), Path.of("/content", sourcePath), "");
        return new Item(source, Kind.PAGE, "developer", sourcePath, null, null, source.baseName(), url, List.of(),
                List.of(), null, List.of(), "en", "", "", false, List.of(), 1, false, "page", List.of(), Map.of());
    }

    private static Asset asset(String path) {
        return new Asset(Path.of(path), Path.of("/content", path));
    }
}
