package dev.evergreen.build;

import dev.evergreen.finding.Finding;
import dev.evergreen.finding.LinkFinding;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Hexo fixture blog builds as it is, at the URLs Hexo gives it, with its tags expanded. */
class HexoBlogTest {

    @TempDir
    static Path tmp;
    static Path output;
    static BuildResult result;

    @BeforeAll
    static void build() {
        Path source = FixtureSites.copy("hexo-blog", tmp);
        output = tmp.resolve("public");
        result = FixtureSites.quietBuild(source, output);
    }

    private static Document page(String path) {
        try {
            return Jsoup.parse(output.resolve(path).toFile(), "UTF-8", "https://blog.example.org/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> findings(String kind) {
        return result.findings().stream().filter(f -> f.kind().equals(kind))
                .map(f -> f.pos().file().toString().replace('\\', '/') + ":" + f.pos().line() + ": " + f.detail())
                .toList();
    }

    @Test
    void publishesWithNoErrorsAndNoInternalLinkProblems() {
        assertThat(result.findings()).filteredOn(Finding::isError).isEmpty();
        assertThat(result.findings()).filteredOn(f -> f instanceof LinkFinding).isEmpty();
        assertThat(result.published()).isTrue();
    }

    @Test
    void postsPagesTermsListsAndArchiveLandWhereHexoPutsThem() {
        assertThat(output.resolve("2023/06/04/hello-world/index.html")).exists();
        assertThat(output.resolve("2023/07/01/lorem/你好世界/index.html")).exists();
        assertThat(output.resolve("2023/08/01/third/index.html")).exists();
        assertThat(output.resolve("about/index.html")).exists();
        assertThat(output.resolve("t/open-source/index.html")).exists();
        assertThat(output.resolve("t/Java/index.html")).exists();
        assertThat(output.resolve("c/computer/index.html")).exists();
        assertThat(output.resolve("c/computer/Java/index.html")).exists();
        assertThat(output.resolve("c/随笔/index.html")).exists();
        assertThat(output.resolve("p/2/index.html")).exists();
        assertThat(output.resolve("archive/index.html")).exists();
        assertThat(page("c/computer/index.html").select("a[href]").eachAttr("href"))
                .contains("/blog/2023/06/04/hello-world/", "/blog/2023/07/01/lorem/%E4%BD%A0%E5%A5%BD%E4%B8%96%E7%95%8C/");
    }

    /** Hexo's archive generator also writes each year and month, paginated by per_page (2 here), newest first. */
    @Test
    void yearlyAndMonthlyArchivesLandWhereHexoPutsThemWithThatPeriodsPosts() {
        String hello = "/blog/2023/06/04/hello-world/";
        String chinese = "/blog/2023/07/01/lorem/%E4%BD%A0%E5%A5%BD%E4%B8%96%E7%95%8C/";
        String third = "/blog/2023/08/01/third/";
        assertThat(archiveLinks("archive/index.html")).containsExactly(third, chinese);
        assertThat(archiveLinks("archive/p/2/index.html")).containsExactly(hello);
        assertThat(archiveLinks("archive/2023/index.html")).containsExactly(third, chinese);
        assertThat(archiveLinks("archive/2023/p/2/index.html")).containsExactly(hello);
        assertThat(page("archive/2023/index.html").select("a[rel=next]").attr("href")).isEqualTo("/blog/archive/2023/p/2/");
        assertThat(archiveLinks("archive/2023/06/index.html")).containsExactly(hello);
        assertThat(archiveLinks("archive/2023/07/index.html")).containsExactly(chinese);
        assertThat(archiveLinks("archive/2023/08/index.html")).containsExactly(third);
        assertThat(output.resolve("archive/2023/06/p/2")).doesNotExist();
        assertThat(output.resolve("archive/2023/06/04")).doesNotExist();
        assertThat(page("archive/2023/06/index.html").title()).startsWith("Archives: 2023/06 · ");
        assertThat(readString(output.resolve("sitemap.xml")))
                .contains("<loc>https://blog.example.org/blog/archive/2023/</loc>",
                        "<loc>https://blog.example.org/blog/archive/2023/06/</loc>",
                        "<loc>https://blog.example.org/blog/archive/2023/p/2/</loc>");
    }

    private static List<String> archiveLinks(String path) {
        return page(path).select(".archive a").eachAttr("href");
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void draftsHiddenExcludedAndSkipRenderFilesAreTreatedAsHexoDoes() {
        assertThat(output.resolve("2023")).isDirectory();
        try (Stream<Path> files = Files.walk(output)) {
            assertThat(files.map(p -> output.relativize(p).toString().replace('\\', '/')))
                    .contains("_redirects", "static/raw.md", "images/logo.png", "downloads/code/hello.js")
                    .doesNotContain("_hidden.txt", "images/layers.psd")
                    .noneMatch(p -> p.contains("unfinished") || p.startsWith("_posts") || p.startsWith("_drafts"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void assetFolderIsPublishedBesideThePostAndItsTagsPointThere() {
        assertThat(output.resolve("2023/06/04/hello-world/diagram.png")).exists();
        Document post = page("2023/06/04/hello-world/index.html");
        Element figure = post.selectFirst("figure.image");
        assertThat(figure.selectFirst("img").attr("src")).isEqualTo("/blog/2023/06/04/hello-world/diagram.png");
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("The pipeline diagram");
        assertThat(post.select("img[alt=diagram]").attr("src")).isEqualTo("/blog/2023/06/04/hello-world/diagram.png");
        assertThat(post.select("a:contains(the diagram)").attr("href")).isEqualTo("/blog/2023/06/04/hello-world/diagram.png");
        assertThat(post.select("img[alt=Logo]").attr("src")).isEqualTo("/blog/images/logo.png");
        assertThat(post.select("img[alt=Logo]").attr("title")).isEqualTo("The logo");
    }

    @Test
    void postLinksBecomeThePostsUrlsWithTheirTitles() {
        Document post = page("2023/06/04/hello-world/index.html");
        String chinese = "/blog/2023/07/01/lorem/%E4%BD%A0%E5%A5%BD%E4%B8%96%E7%95%8C/";
        assertThat(post.select("a:contains(你好，世界)").attr("href")).isEqualTo(chinese);
        assertThat(post.select("a:contains(the same post)").attr("href")).isEqualTo(chinese);
        assertThat(page("2023/07/01/lorem/你好世界/index.html").select("a:contains(第一篇)").attr("href"))
                .isEqualTo("/blog/2023/06/04/hello-world/");
        assertThat(page("about/index.html").select("a:contains(first post)").attr("href"))
                .isEqualTo("/blog/2023/06/04/hello-world/");
    }

    @Test
    void blockTagsRenderAndCodeKeepsItsTagsAsWritten() {
        Document post = page("2023/06/04/hello-world/index.html");
        assertThat(post.select("blockquote footer strong").text()).isEqualTo("David Levithan");
        assertThat(post.select("blockquote footer cite").text()).isEqualTo("Wide Awake");
        assertThat(post.select("pre code.language-java").text()).contains("{% not_a_tag %}");
        assertThat(post.select(".code-caption a").eachAttr("href")).contains("https://example.org/hello.java",
                "/blog/downloads/code/hello.js");
        assertThat(post.select("blockquote.pullquote strong").text()).isEqualTo("quote");
        assertThat(post.select("pre code").eachText()).anyMatch(t -> t.contains("{% asset_img diagram.png %}"))
                .anyMatch(t -> t.contains("console.log"));
        assertThat(post.select("code").eachText()).contains("{% inline %}");
        assertThat(post.text()).contains("Shown as written: {% raw_example %}", "A theme's tag: its body is kept.");
    }

    @Test
    void noTagIsShownRawAndUnknownTagsAreWarningsAtTheirLine() {
        Document post = page("2023/06/04/hello-world/index.html");
        post.select(".content code").remove();
        String prose = post.select(".content > p, .content > blockquote, .content > figure").text()
                .replace("Shown as written: {% raw_example %}", "");
        assertThat(prose).doesNotContain("{%").doesNotContain("%}");
        assertThat(findings("hexo-tag")).containsExactly(
                "_posts/hello-world.md:59: unknown tag {% note %} (its body is kept) is left out; Evergreen knows Hexo's own tags only",
                "_posts/hello-world.md:63: unknown tag {% gist %} is left out; Evergreen knows Hexo's own tags only");
    }

    @Test
    void videosAreClickToLoadAndLoadNothingUpFront() {
        Document post = page("2023/06/04/hello-world/index.html");
        assertThat(post.select("details.video-youtube iframe").attr("src")).isEqualTo("https://www.youtube.com/embed/dQw4w9WgXcQ");
        assertThat(post.select("details.video-youtube iframe").attr("loading")).isEqualTo("lazy");
        assertThat(post.select("details.video-vimeo a").attr("href")).isEqualTo("https://vimeo.com/76979871");
    }

    @Test
    void excerptsFollowTheMarkerOrTheFrontMatter() {
        assertThat(page("index.html").select(".excerpt").eachText()).contains("Set by hand in the front matter.");
        assertThat(page("p/2/index.html").select(".excerpt").eachText())
                .anyMatch(t -> t.startsWith("The first post") && !t.contains("Tags in prose"));
    }

    /** The tag sits below block tags that change the line count, so this also checks lines survive expansion. */
    @Test
    void anUnknownPostSlugIsAnErrorAtItsLine(@TempDir Path other) throws IOException {
        Path source = FixtureSites.copy("hexo-blog", other);
        Path post = source.resolve("source/_posts/hello-world.md");
        int lines = Files.readAllLines(post).size();
        Files.writeString(post, "\n{% post_link no-such-post %} and [a broken link](missing.md)\n",
                java.nio.file.StandardOpenOption.APPEND);
        BuildResult broken = FixtureSites.quietBuild(source, other.resolve("public"));
        assertThat(broken.findings()).filteredOn(Finding::isError)
                .extracting(f -> f.kind() + " " + f.pos().file().toString().replace('\\', '/') + ":" + f.pos().line())
                .containsExactlyInAnyOrder("hexo-tag _posts/hello-world.md:" + (lines + 2),
                        "broken _posts/hello-world.md:" + (lines + 2));
    }
}
