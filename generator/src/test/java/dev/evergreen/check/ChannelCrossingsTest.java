package dev.evergreen.check;

import dev.evergreen.finding.Finding;
import dev.evergreen.finding.Severity;
import dev.evergreen.finding.SourcePos;
import dev.evergreen.load.ContentLoader;
import dev.evergreen.load.SiteConfig;
import dev.evergreen.postprocess.PageLink;
import dev.evergreen.postprocess.ProcessedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelCrossingsTest {

    @TempDir
    Path root;

    private SiteConfig config(String channels) throws IOException {
        Files.writeString(root.resolve("site.yml"), "baseUrl: https://example.org/blog/\n" + channels);
        return new ContentLoader(root, List.of()).load().config();
    }

    private static ProcessedPage page(String url, String... hrefs) {
        List<PageLink> links = java.util.Arrays.stream(hrefs)
                .map(href -> new PageLink(href, href, SourcePos.of(Path.of("posts/a.md"), 7), null)).toList();
        return new ProcessedPage(url, Path.of("x/index.html"), new byte[0], links, Set.of());
    }

    @Test
    void developerLinksIntoMarketingAreWarningsByDefault() throws IOException {
        ChannelCrossings crossings = new ChannelCrossings(config(""));
        crossings.add(page("/blog/2024/01/01/a/", "/blog/marketing/launch/", "../../../../marketing/",
                "https://example.org/blog/marketing/x/", "/blog/2024/02/02/b/", "https://other.example/marketing/",
                "#top"));
        crossings.add(page("/blog/marketing/launch/", "/blog/2024/01/01/a/"));

        assertThat(crossings.findings()).extracting(Finding::severity, f -> f.detail().substring(0, f.detail().indexOf(' ')))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "../../../../marketing/"),
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "/blog/marketing/launch/"),
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "https://example.org/blog/marketing/x/"));
        assertThat(crossings.findings()).allMatch(f -> f.kind().equals("cross-channel")
                && f.pos().equals(SourcePos.of(Path.of("posts/a.md"), 7)));
    }

    @Test
    void severityIsConfigurablePerLinkingChannel() throws IOException {
        ChannelCrossings crossings = new ChannelCrossings(config("""
                channels:
                  developer: {crossLinks: error}
                  marketing: {path: news/, crossLinks: info}
                  partners: {path: partners/}
                """));
        crossings.add(page("/blog/a/", "/blog/news/x/"));
        crossings.add(page("/blog/news/x/", "/blog/partners/y/", "/blog/a/"));
        crossings.add(page("/blog/partners/y/", "/blog/news/x/"));

        assertThat(crossings.findings()).extracting(Finding::severity, f -> f.detail().substring(0, f.detail().indexOf(';')))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "/blog/news/x/ crosses into the marketing channel"),
                        org.assertj.core.groups.Tuple.tuple(Severity.INFO, "/blog/partners/y/ crosses into the partners channel"),
                        org.assertj.core.groups.Tuple.tuple(Severity.INFO, "/blog/a/ crosses into the developer channel"));
    }

    @Test
    void relativeLinksReachingANestedChannelPathAreFoundWithoutNamingAllOfIt() throws IOException {
        ChannelCrossings crossings = new ChannelCrossings(config("""
                channels:
                  developer: {}
                  marketing: {path: company/news/}
                """));
        crossings.add(page("/blog/company/about", "news/launch/", "team/", "../company/%6Eews/x/", "#news"));

        assertThat(crossings.findings()).extracting(f -> f.detail().substring(0, f.detail().indexOf(' ')))
                .containsExactlyInAnyOrder("news/launch/", "../company/%6Eews/x/");
    }
}
