package dev.evergreen.build;

import dev.evergreen.finding.Finding;
import dev.evergreen.finding.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds the {@code channels} scenario: three developer recordings, a marketing channel, slogans, a crossing link. */
class ChannelsAndRecordingsTest {

    private static final List<String> MARKETING = List.of("Evergreen 1.0 launches", "Join the webinar", "Product tour",
            "/news/");

    @TempDir
    static Path tmp;

    static Path output;
    static BuildResult result;

    @BeforeAll
    static void build() {
        Path source = FixtureSites.copy("channels", tmp);
        output = tmp.resolve("public");
        result = FixtureSites.quietBuild(source, output);
    }

    private static String text(String path) throws IOException {
        return Files.readString(output.resolve(path), StandardCharsets.UTF_8);
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(text(path));
    }

    @Test
    void buildsWithWarningsOnly() {
        assertThat(result.findings()).noneMatch(Finding::isError);
        assertThat(result.published()).isTrue();
    }

    @Test
    void noDeveloperListFeedOrSitemapMentionsAMarketingItem() throws IOException {
        List<String> developerOutputs;
        try (Stream<Path> files = Files.walk(output)) {
            developerOutputs = files.filter(Files::isRegularFile).map(p -> output.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("news/") && !p.startsWith("assets/"))
                    .filter(p -> p.endsWith(".xml") || p.equals("index.html") || p.startsWith("tags/")
                            || p.startsWith("categories/") || p.startsWith("archives/") || p.equals("recordings/index.html")
                            || p.equals("recordings/atom.xml") || p.startsWith("page/"))
                    .sorted().toList();
        }
        assertThat(developerOutputs).contains("index.html", "atom.xml", "rss.xml", "sitemap.xml", "archives/index.html",
                "tags/index.html", "tags/cache/index.html", "categories/index.html", "recordings/index.html",
                "recordings/atom.xml");
        for (String path : developerOutputs) {
            String content = text(path);
            assertThat(MARKETING).as(path).noneMatch(content::contains);
        }
        assertThat(output.resolve("tags/launch")).doesNotExist();
        assertThat(output.resolve("categories/news")).doesNotExist();
        assertThat(page("index.html").select(".site-nav a").eachText()).doesNotContain("News");
    }

    @Test
    void marketingHasItsOwnListingAndFeed() throws IOException {
        Document listing = page("news/index.html");
        assertThat(listing.select("h1").first().text()).isEqualTo("News");
        assertThat(listing.select(".summary h2 a").eachAttr("href")).containsExactly(
                "/news/recordings/promo/", "/news/2024/04/15/webinar/", "/news/2024/04/01/launch/");
        Document feed = Jsoup.parse(text("news/atom.xml"), "", Parser.xmlParser());
        assertThat(feed.select("feed > title").text()).isEqualTo("News");
        assertThat(feed.select("entry > title").eachText()).containsExactly("Product tour", "Join the webinar",
                "Evergreen 1.0 launches");
        assertThat(text("sitemap.xml")).doesNotContain("/news/");
    }

    @Test
    void aDeveloperLinkIntoMarketingIsAWarningAtItsLine() {
        assertThat(result.findings()).filteredOn(f -> f.kind().equals("cross-channel")).singleElement()
                .satisfies(f -> {
                    assertThat(f.pos().displayPath() + ":" + f.pos().line()).isEqualTo("posts/deep.md:9");
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.detail()).startsWith("launch.md crosses into the marketing channel");
                });
    }

    @Test
    void slogansAreLintedInTheDeveloperChannelOnly() {
        assertThat(result.findings()).filteredOn(f -> f.kind().equals("prose"))
                .extracting(f -> f.pos().displayPath() + ":" + f.pos().line() + ":" + f.pos().column())
                .containsExactly("posts/slogan.md:6:3");
    }

    @Test
    void recordingPageLoadsNothingFromTheProviderUntilPlayIsPressed() throws IOException {
        Document talk = page("recordings/design/index.html");
        Element poster = talk.selectFirst("figure.video a.video-poster");
        assertThat(poster.attr("href")).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assertThat(poster.attr("data-embed")).startsWith("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assertThat(poster.selectFirst("img").attr("src")).isEqualTo("/media/poster.png");
        assertThat(talk.select("iframe")).isEmpty();
        assertThat(talk.select("script[src]").eachAttr("src")).contains("/assets/recording.js")
                .allMatch(src -> src.startsWith("/assets/"));
        assertThat(talk.select("img[src], video[poster], source[src]").eachAttr("abs:src")).isEmpty();
        assertThat(talk.select("img").eachAttr("src")).allMatch(src -> src.startsWith("/"));
        assertThat(talk.select("link[rel=stylesheet]").eachAttr("href")).allMatch(href -> href.startsWith("/"));
        assertThat(talk.select(".talk-facts dd").eachText()).containsExactly("Java Meetup, Shanghai",
                "Alice Chen (Evergreen), Bo Li", "42:05", "slides.pdf", "How the cache works");
        assertThat(talk.select(".related a").eachAttr("href")).containsExactly("/2024/03/01/deep/");
        assertThat(output.resolve("assets/recording.js")).exists();
    }

    @Test
    void videoObjectJsonLdCannotBreakOutOfItsScript() throws IOException {
        String html = text("recordings/design/index.html");
        Document talk = Jsoup.parse(html);
        List<Element> scripts = talk.select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        String json = scripts.get(0).data();
        assertThat(json).contains("\"@type\":\"VideoObject\"", "\"duration\":\"PT42M5S\"",
                "\"embedUrl\":\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"",
                "\"thumbnailUrl\":\"https://example.org/media/poster.png\"",
                "Designing \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e Evergreen")
                .doesNotContain("</script>");
        assertThat(talk.select("script")).filteredOn(script -> script.data().contains("alert(1)")).hasSize(1);
    }

    @Test
    void recordingsIndexGroupsByYearThenEventAndHasItsOwnFeed() throws IOException {
        Document index = page("recordings/index.html");
        assertThat(index.select(".recordings-year > h2").eachText()).containsExactly("2024", "2023");
        assertThat(index.select(".recordings-year").get(0).select("h3").eachText())
                .containsExactly("Java Meetup · Shanghai");
        assertThat(index.select(".recordings-year").get(0).select("li > a").eachAttr("href"))
                .containsExactly("/recordings/links/", "/recordings/design/");
        assertThat(index.select(".recordings-year").get(1).select("h3").eachText()).containsExactly("DevDay");
        assertThat(page("index.html").select(".site-nav a[href=/recordings/]")).hasSize(1);
        Document feed = Jsoup.parse(text("recordings/atom.xml"), "", Parser.xmlParser());
        assertThat(feed.select("entry > link").eachAttr("href")).containsExactly(
                "https://example.org/recordings/links/", "https://example.org/recordings/design/",
                "https://example.org/recordings/old/");
    }

    @Test
    void selfHostedVideosPlayInAVideoElementThatPreloadsNothing() throws IOException {
        Element video = page("recordings/old/index.html").selectFirst("figure.video video");
        assertThat(video.attr("preload")).isEqualTo("none");
        assertThat(video.selectFirst("source").attr("type")).isEqualTo("video/mp4");
        assertThat(page("recordings/links/index.html").selectFirst("a.video-poster").attr("data-embed"))
                .isEqualTo("https://player.bilibili.com/player.html?bvid=BV1xx411c7mD&page=2&autoplay=1");
    }
}
