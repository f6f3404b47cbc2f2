package dev.evergreen.build;

import dev.evergreen.finding.Finding;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code channels} scenario with the marketing channel published as a site of its own. */
class ChannelSiteTest {

    private static final String NEWS = "https://news.example.org/";

    @TempDir
    static Path tmp;

    static Path source;
    static Path output;
    static Path news;
    static BuildResult result;

    @BeforeAll
    static void build() {
        source = FixtureSites.copyEditing("channels", tmp, "site.yml",
                yml -> yml.replace("    path: news/", "    output: ../news-site\n    baseUrl: " + NEWS));
        output = tmp.resolve("public");
        news = tmp.resolve("news-site");
        result = FixtureSites.quietBuild(source, output);
    }

    @Test
    void marketingItemsListingAndFeedLandInTheChannelsOwnOutput() throws IOException {
        assertThat(result.published()).isTrue();
        assertThat(result.findings()).noneMatch(Finding::isError);
        Document listing = Jsoup.parse(news.resolve("index.html").toFile(), "UTF-8");
        assertThat(listing.text()).contains("Evergreen 1.0 launches", "Join the webinar");
        List<String> itemLinks = listing.select("main a[href^=" + NEWS + "2024/]").eachAttr("href");
        assertThat(itemLinks).isNotEmpty();
        for (String url : itemLinks) {
            assertThat(news.resolve(url.substring(NEWS.length())).resolve("index.html")).as(url).isRegularFile();
        }
        String feed = Files.readString(news.resolve("atom.xml"), StandardCharsets.UTF_8);
        assertThat(feed).contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"" + NEWS + "atom.xml\"")
                .contains("href=\"" + NEWS + "2024/").doesNotContain("https://example.org/news");
    }

    @Test
    void theDeveloperOutputHasNoneOfThemAndItsLinkToOneIsAnAbsoluteCrossing() throws IOException {
        assertThat(output.resolve("news")).doesNotExist();
        FixtureSites.snapshot(output).forEach((path, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8))
                .as(path).doesNotContain("Evergreen 1.0 launches", "Join the webinar"));
        Document deep = Jsoup.parse(output.resolve("2024/03/01/deep/index.html").toFile(), "UTF-8");
        assertThat(deep.select("a:contains(launch news)").attr("href")).startsWith(NEWS + "2024/");
        assertThat(result.findings()).anyMatch(f -> f.kind().equals("cross-channel")
                && f.pos().displayPath().equals("posts/deep.md"));
    }

    @Test
    void aChannelPageLinksTheDeveloperSiteAbsolutely() throws IOException {
        Path launch = news.resolve("2024/04/01/launch/index.html");
        Document page = Jsoup.parse(launch.toFile(), "UTF-8");
        assertThat(page.select("link[rel=stylesheet]").attr("href")).startsWith("https://example.org/");
        assertThat(page.select("a:contains(how the cache works)").attr("href"))
                .isEqualTo("https://example.org/2024/03/01/deep/");
    }

    @Test
    void aContentErrorKeepsBothPreviousOutputsByteIdentical() throws IOException {
        Path broken = tmp.resolve("broken");
        Path site = FixtureSites.copyEditing("channels", broken, "site.yml",
                yml -> yml.replace("    path: news/", "    output: ../news-site\n    baseUrl: " + NEWS));
        Path developer = broken.resolve("public");
        Path channel = broken.resolve("news-site");
        assertThat(FixtureSites.quietBuild(site, developer).published()).isTrue();
        Map<String, byte[]> developerBefore = FixtureSites.snapshot(developer);
        Map<String, byte[]> channelBefore = FixtureSites.snapshot(channel);

        Files.writeString(site.resolve("posts/webinar.md"), "---\ntitle: \"Unclosed\nchannel: marketing\n---\nNew.\n");
        assertThat(FixtureSites.quietBuild(site, developer).published()).isFalse();

        assertSame(developerBefore, FixtureSites.snapshot(developer));
        assertSame(channelBefore, FixtureSites.snapshot(channel));
        assertThat(broken).isDirectoryNotContaining(p -> p.getFileName().toString().contains("evergreen-staging"));
    }

    private static void assertSame(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
    }
}
