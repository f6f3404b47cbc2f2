package dev.evergreen.parse;

import dev.evergreen.load.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The real Chinese Hexo post from the shared corpus, read in place (it is not ours to copy). */
class HexoSeedPostTest {

    private static ParsedPage page;

    @BeforeAll
    static void parseThePost() throws IOException {
        Path file = Path.of(System.getProperty("evergreen.shared"), "corpus", "hexo-seed-post.md");
        Source source = new Source(Path.of("_posts", "hexo-seed-post.md"), file, Files.readString(file));
        page = new MarkdownParser(ZoneId.of("Asia/Shanghai"), Pages.CODE_ROOT).parse(source);
    }

    @Test
    void readsTheFrontMatter() {
        assertThat(page.findings()).isEmpty();
        assertThat(page.frontMatter().title()).isEqualTo("国产开源社群的运营，为何总是画风奇特？");
        assertThat(page.frontMatter().date()).isEqualTo(ZonedDateTime.of(2023, 6, 4, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai")));
        assertThat(page.frontMatter().tags()).containsExactly("开源", "开源运营");
        assertThat(page.frontMatter().categories()).containsExactly("夜天之书");
    }

    @Test
    void theExcerptIsEverythingBeforeTheMoreMarker() {
        assertThat(page.hasMoreMarker()).isTrue();
        assertThat(page.excerptHtml())
                .startsWith("<p>在过去几年的多方投入和关注下")
                .contains("<blockquote>")
                .endsWith("以及根本的软件产品力问题。</p>\n")
                .doesNotContain("运营人员的问题</h2>");
        assertThat(page.html()).contains(page.excerptHtml());
    }

    @Test
    void chineseHeadingsGetUniqueIdsAndTheirLines() {
        assertThat(page.headings()).extracting(Heading::id).doesNotHaveDuplicates().contains(
                "运营人员的问题", "工作定位", "运营执行", "内容输出", "开发人员的问题", "软件的产品力", "知识星球");
        assertThat(page.headings().get(0)).isEqualTo(new Heading(2, "运营人员的问题", "运营人员的问题", 23));
        assertThat(page.html()).contains("<h2 id=\"运营人员的问题\">运营人员的问题</h2>");
    }

    @Test
    void assetImageTagPluginsStayText() {
        assertThat(page.html()).contains("<p>{% asset_img netease-jd.png %}</p>");
    }

    @Test
    void linksAreStampedWithTheirFileLine() {
        assertThat(page.html()).contains(
                "<a href=\"https://book.douban.com/subject/26976995/\" data-eg-src=\"_posts/hexo-seed-post.md:31\">");
    }

    @Test
    void countsChineseCharactersAndEnglishWords() {
        assertThat(page.stats().cjkChars()).isGreaterThan(4000);
        assertThat(page.stats().words()).isBetween(100, 400);
    }
}
