package dev.evergreen.parse;

import dev.evergreen.finding.Finding;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever an author types, parsing gives a page and findings, never an exception, and output of a
 * bounded size. The inputs are built from the pieces that make YAML and Markdown (and Hexo's tags) hard.
 * jqwik properties, named {@code *Test} so that surefire's default includes run them beside Jupiter.
 */
class ParsePropertiesTest {

    private static final String[] YAML_PIECES = {"title: ", "date: ", "tags: ", "slug: ", "layout: ", "aliases: ",
        "draft: ", "2024-02-30", "2024-01-01T10:00:00+08:00", "yes", "~", "null", "- ", "  ", "\t", "\n", "\"", "'",
        "[", "]", "{", "}", ",", ": ", "#", "&a ", "*a", "!!binary ", "!!python/object ", "|", ">", "? ", "---",
        "...", "%YAML 1.2", "<<: ", "a", "中文", "\u00e9", "\\", "\u0000", "\uFEFF", "9".repeat(30)};

    private static final String[] MARKDOWN_PIECES = {"{% asset_img diagram.png A diagram %}", "{% raw %}",
        "{% endraw %}", "{% codeblock lang:java %}", "{% endcodeblock %}", "{% youtube dQw4w9WgXcQ %}",
        "{% post_link other %}", "{%", "%}", "- ", "* ", "1. ", "> ", "# ", "## ", "[", "]", "(", ")", "![", "<",
        ">", "`", "```", "~~~", "*", "_", "~~", "\n", "\n\n", "    ", "|", "| --- |", "---", "<!-- more -->",
        "https://example.org/a?b=c#d", "mailto:a@b", "&amp;", "&", "[^1]", "[^1]: note", "[ref]: /x", "[ref]",
        "<div>", "</div>", "<script>", "\\", "word", "中文", "- [ ] ", "- [x] ", "../a.md#part", "\t", "\r\n"};

    @Provide
    Arbitrary<String> frontMatter() {
        return Arbitraries.of(YAML_PIECES).list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.of(MARKDOWN_PIECES).list().ofMaxSize(60).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 400)
    void anyFrontMatterGivesFindingsInsideTheFileNeverAnException(@ForAll("frontMatter") String yaml) {
        String text = "---\n" + yaml + "\n---\nBody.\n";

        ParsedPage page = parse(text);

        assertThat(page.html().length()).isLessThan(bound(text));
        int lines = (int) text.lines().count();
        assertThat(page.findings()).allSatisfy(f -> assertThat(f.pos().line()).isBetween(0, lines));
    }

    @Property(tries = 400)
    void anyMarkdownWithHexoTagsGivesBoundedHtmlNeverAnException(@ForAll("markdown") String body) {
        String text = "---\ntitle: Fuzz\n---\n" + body;

        ParsedPage page = parse(text);

        assertThat(page.html().length()).isLessThan(bound(text));
        assertThat(page.excerptHtml().length()).isLessThan(bound(text));
        int lines = (int) text.lines().count() + 1;
        assertThat(page.findings()).extracting(Finding::pos)
                .allSatisfy(pos -> assertThat(pos.line()).isBetween(0, lines));
    }

    /** Generous, but linear: escaping, stamps and list markup multiply the text, nothing may explode it. */
    private static int bound(String text) {
        return 60 * text.length() + 2_000;
    }

    /** Line endings as the load stage leaves them. */
    private static ParsedPage parse(String text) {
        return Pages.parse(text.replace("\r\n", "\n"));
    }
}
