package dev.evergreen.parse;

import dev.evergreen.load.ContentLoader;
import dev.evergreen.load.LoadedContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Hexo's tags as the parse stage leaves them: asset links relative to the Markdown file, lines kept. */
class HexoTagsTest {

    @TempDir
    Path blog;

    private ParsedPage parse(String config, String body) throws IOException {
        Files.writeString(blog.resolve("_config.yml"), config);
        Path posts = Files.createDirectories(blog.resolve("source/_posts/post"));
        Files.write(posts.resolve("diagram.png"), new byte[] {1});
        Files.writeString(blog.resolve("source/_posts/post.md"), "---\ntitle: Post\ndate: 2024-01-01\n---\n" + body);
        LoadedContent content = new ContentLoader(blog, List.of()).load();
        return MarkdownParser.forSite(content).parse(content.sources().get(0));
    }

    private Element image(String tag) throws IOException {
        ParsedPage page = parse("post_asset_folder: true\n", tag + "\n");
        // An image a tag writes without alt text is found like any other; the tag's own findings are what counts here.
        assertThat(page.findings()).filteredOn(f -> !f.kind().equals("alt-text")).isEmpty();
        return Jsoup.parseBodyFragment(page.html()).selectFirst("img");
    }

    @Test
    void assetImgTakesEveryArgumentFormOfHexo() throws IOException {
        Element plain = image("{% asset_img diagram.png %}");
        assertThat(plain.attr("src")).isEqualTo("post/diagram.png");
        assertThat(plain.attr("alt")).isEmpty();
        assertThat(plain.hasAttr("title")).isFalse();

        assertThat(image("{% asset_img left wide diagram.png %}").attr("class")).isEqualTo("left wide");

        Element sized = image("{% asset_img diagram.png 200 100 %}");
        assertThat(sized.attr("width")).isEqualTo("200");
        assertThat(sized.attr("height")).isEqualTo("100");

        Element titled = image("{% asset_img diagram.png The pipeline, drawn %}");
        assertThat(titled.attr("title")).isEqualTo("The pipeline, drawn");
        assertThat(titled.attr("alt")).isEqualTo("The pipeline, drawn");
        assertThat(titled.parent().selectFirst("figcaption").text()).isEqualTo("The pipeline, drawn");

        Element titleAndAlt = image("{% asset_img diagram.png 300 '\"A title\" \"An alt text\"' %}");
        assertThat(titleAndAlt.attr("title")).isEqualTo("A title");
        assertThat(titleAndAlt.attr("alt")).isEqualTo("An alt text");
        assertThat(titleAndAlt.attr("width")).isEqualTo("300");
    }

    @Test
    void anImageTagInsideTextStaysInline() throws IOException {
        ParsedPage page = parse("post_asset_folder: true\n", "See {% asset_img diagram.png Caption %} here.\n");
        assertThat(page.html()).startsWith("<p>See <img").doesNotContain("figure");
    }

    @Test
    void aMissingAssetOrAnAssetFolderLeftOffIsAFindingAtItsLine() throws IOException {
        ParsedPage missing = parse("post_asset_folder: true\n", "\ntext\n\n{% asset_img nope.png %}\n");
        assertThat(missing.findings()).extracting(f -> f.pos().line() + " " + f.kind()).containsExactly("8 hexo-tag");
        assertThat(missing.html()).doesNotContain("{%");

        ParsedPage off = parse("post_asset_folder: false\n", "{% asset_path diagram.png %}\n");
        assertThat(off.findings()).singleElement().satisfies(f ->
                assertThat(f.detail()).contains("post_asset_folder: true"));
    }

    @Test
    void linesAfterExpandedBlocksStillPointAtTheSource() throws IOException {
        ParsedPage page = parse("title: t\n", """
                {% codeblock Title lang:java https://example.org/x.java %}
                int x;
                {% endcodeblock %}

                {% pullquote %}
                quoted
                {% endpullquote %}

                [link](https://example.org/)
                """);
        assertThat(page.html()).contains("data-eg-src=\"_posts/post.md:13\"");
    }

    @Test
    void hexosOwnFrontMatterKeysReachTemplatesAndTheExcerptKeyWins() throws IOException {
        Files.createDirectories(blog.resolve("source/_posts"));
        ParsedPage page = parse("title: t\n", "Intro\n\n<!-- more -->\n\nRest\n");
        assertThat(page.excerptHtml()).contains("Intro");
        Files.writeString(blog.resolve("source/_posts/post.md"), "---\ntitle: Post\ndate: 2024-01-01\ncomments: false\n"
                + "photos: [/a.png]\nexcerpt: By hand\ndisableNunjucks: false\n---\nIntro\n\n<!-- more -->\n\nRest\n");
        LoadedContent content = new ContentLoader(blog, List.of()).load();
        ParsedPage withKeys = MarkdownParser.forSite(content).parse(content.sources().get(0));
        assertThat(withKeys.frontMatter().extra()).containsOnlyKeys("comments", "photos", "excerpt", "disableNunjucks");
        assertThat(withKeys.excerptHtml()).isEqualTo("<p>By hand</p>\n");
        assertThat(withKeys.hasMoreMarker()).isTrue();
    }

    @Test
    void disableNunjucksLeavesTagsAsWritten() throws IOException {
        assertThat(parse("title: t\n", "{% youtube abc %}\n").html()).doesNotContain("{% youtube");
        Files.writeString(blog.resolve("source/_posts/post.md"),
                "---\ntitle: Post\ndate: 2024-01-01\ndisableNunjucks: true\n---\n{% youtube abc %}\n");
        LoadedContent content = new ContentLoader(blog, List.of()).load();
        assertThat(MarkdownParser.forSite(content).parse(content.sources().get(0)).html()).contains("{% youtube abc %}");
    }
}
