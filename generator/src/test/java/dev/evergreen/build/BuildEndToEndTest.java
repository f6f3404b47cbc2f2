package dev.evergreen.build;

import dev.evergreen.finding.Finding;
import dev.evergreen.finding.LinkFinding;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds the {@code basic} scenario site from disk once and inspects what was published. */
class BuildEndToEndTest {

    @TempDir
    static Path tmp;

    static Path output;
    static BuildResult result;

    @BeforeAll
    static void build() {
        Path source = FixtureSites.copy("basic", tmp);
        output = tmp.resolve("public");
        result = new Build(FixtureSites.options(source, output), dev.evergreen.check.CheckProgress.NONE,
                new PrintStream(PrintStream.nullOutputStream())).run();
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(output.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void articlesArePublishedAtTheirPermalinks() throws IOException {
        assertThat(result.published()).isTrue();
        Document first = page("2024/01/10/first-steps/index.html");
        assertThat(first.select("h1").text()).isEqualTo("First steps with Fixture");
        assertThat(first.select("time").first().attr("datetime")).startsWith("2024-01-10");
        assertThat(output.resolve("2024/03/05/deep-dive/index.html")).exists();
        assertThat(output.resolve("2024/02/20/chinese/index.html")).exists();
        assertThat(output.resolve("about/index.html")).exists();
    }

    @Test
    void draftsFuturePostsAndUnderscoreFilesAreLeftOut() {
        assertThat(output.resolve("2024/01/01/draft")).doesNotExist();
        assertThat(output.resolve("2099")).doesNotExist();
        assertThat(output.resolve("_private")).doesNotExist();
    }

    @Test
    void markdownLinksAndSourceRelativeImagesAreRewrittenAndStampsRemoved() throws IOException {
        Document first = page("2024/01/10/first-steps/index.html");
        assertThat(first.select(".content a").eachAttr("href"))
                .contains("/2024/03/05/deep-dive/#how-it-works", "#install");
        assertThat(first.select(".content img").attr("src")).isEqualTo("/images/diagram.png");
        assertThat(output.resolve("images/diagram.png")).exists();
        assertThat(FixtureSites.snapshot(output).values())
                .noneMatch(bytes -> new String(bytes, StandardCharsets.UTF_8).contains("data-eg-src"));
    }

    @Test
    void homePageShowsExcerptsNewestFirstAndIsPaginated() throws IOException {
        Document home = page("index.html");
        assertThat(home.select("article.summary h2").eachText())
                .containsExactly("A deep-dive into Fixture's core", "深入理解 Fixture 的缓存");
        Document second = page("page/2/index.html");
        assertThat(second.select("article.summary h2").eachText()).containsExactly("First steps with Fixture");
        assertThat(second.select(".excerpt").text()).isEqualTo("Fixture is a small library. This paragraph is the excerpt.");
        assertThat(second.select(".excerpt").html()).doesNotContain("Install");
    }

    @Test
    void tagsMergeCaseAndKeepUnicode() throws IOException {
        Document java = page("tags/java/index.html");
        assertThat(java.select("article.summary h2")).hasSize(2);
        assertThat(page("tags/java/page/2/index.html").select("article.summary h2")).hasSize(1);
        assertThat(output.resolve("tags/缓存/index.html")).exists();
        assertThat(page("categories/deep-dives/index.html").select("article.summary h2")).hasSize(2);
        assertThat(output.resolve("archives/index.html")).exists();
    }

    @Test
    void chineseHeadingsGetUniqueIds() throws IOException {
        Document chinese = page("2024/02/20/chinese/index.html");
        assertThat(chinese.select(".content h2").eachAttr("id")).containsExactly("为什么需要缓存", "为什么需要缓存-1");
    }

    @Test
    void brokenLinksAreReportedAtTheirMarkdownLine() {
        List<LinkFinding> links = result.findings().stream()
                .filter(LinkFinding.class::isInstance).map(LinkFinding.class::cast).toList();
        assertThat(links).extracting(f -> f.pos().displayPath() + ":" + f.pos().line() + " " + f.problem() + " " + f.url())
                .containsExactlyInAnyOrder(
                        "posts/deep-dive.md:16 BROKEN no-such-post.md",
                        "posts/deep-dive.md:16 MISSING_ANCHOR first-steps.md#nowhere",
                        "posts/deep-dive.md:17 BROKEN /nothing/here/");
        assertThat(links).allMatch(Finding::isError).allMatch(f -> f.page().equals("/2024/03/05/deep-dive/"));
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void feedsAndSitemapAreValidXmlWithAbsoluteUrls() throws Exception {
        var builder = DocumentBuilderFactory.newInstance();
        builder.setNamespaceAware(true);
        var atom = builder.newDocumentBuilder().parse(output.resolve("atom.xml").toFile());
        assertThat(atom.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isEqualTo(3);
        var rss = builder.newDocumentBuilder().parse(output.resolve("rss.xml").toFile());
        var links = rss.getElementsByTagName("link");
        for (int i = 0; i < links.getLength(); i++) {
            String text = links.item(i).getTextContent();
            if (!text.isEmpty()) {
                assertThat(text).startsWith("https://dev.example.org/");
            }
        }
        var sitemap = builder.newDocumentBuilder().parse(output.resolve("sitemap.xml").toFile());
        var locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        assertThat(locs.getLength()).isGreaterThan(5);
        for (int i = 0; i < locs.getLength(); i++) {
            assertThat(((Element) locs.item(i)).getTextContent()).startsWith("https://dev.example.org/");
        }
        assertThat(Files.readString(output.resolve("robots.txt"))).contains("Sitemap: https://dev.example.org/sitemap.xml");
        assertThat(output.resolve("404.html")).exists();
    }

    @Test
    void reportsAreWrittenBesideTheOutput() {
        Path reports = tmp.resolve("evergreen");
        assertThat(reports.resolve("links.json")).exists();
        assertThat(reports.resolve("links-junit.xml")).exists();
        assertThat(reports.resolve("links.sarif")).exists();
        assertThat(reports.resolve("link-report.html")).exists();
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical(@TempDir Path other) {
        Path source = FixtureSites.copy("basic", other);
        Path again = other.resolve("public");
        new Build(FixtureSites.options(source, again), dev.evergreen.check.CheckProgress.NONE,
                new PrintStream(PrintStream.nullOutputStream())).run();
        var first = FixtureSites.snapshot(output);
        var second = FixtureSites.snapshot(again);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
    }
}
