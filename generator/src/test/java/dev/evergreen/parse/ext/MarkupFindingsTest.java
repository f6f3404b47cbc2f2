package dev.evergreen.parse.ext;

import dev.evergreen.finding.Finding;
import dev.evergreen.load.Source;
import dev.evergreen.parse.MarkdownParser;
import dev.evergreen.parse.ParsedPage;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Problems of callouts and code includes become findings at the Markdown line, front matter counted. */
class MarkupFindingsTest {

    private static final Path CODE_ROOT = Path.of("src", "test", "resources", "parse", "code").toAbsolutePath();
    private static final MarkdownParser PARSER = new MarkdownParser(ZoneOffset.UTC, CODE_ROOT);

    private static ParsedPage parse(String markdown) {
        return PARSER.parse(new Source(Path.of("docs", "page.md"), Path.of("/site/docs/page.md"),
                "---\ntitle: T\n---\n" + markdown));
    }

    @Test
    void anUnknownCalloutTypeIsAWarningAtItsLineInEitherForm() {
        ParsedPage page = parse("Intro\n\n> [!NOTES]\n> text\n\n:::hint\nmore\n:::\n");

        assertThat(page.findings()).extracting(Finding::isError, f -> f.pos().line(), Finding::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(false, 6, "admonition"),
                        org.assertj.core.groups.Tuple.tuple(false, 9, "admonition"));
        assertThat(page.findings().get(0).detail()).contains("'notes'", "NOTE, TIP, IMPORTANT, WARNING or CAUTION");
        assertThat(page.html()).contains("<blockquote>\n<p>text</p>\n</blockquote>", "<div>\n<p>more</p>\n</div>");
    }

    @Test
    void aMissingFileIsAnErrorAtTheCodeBlockLine() {
        ParsedPage page = parse("Text\n\n```java file=NoSuch.java\n```\n");

        assertThat(page.findings()).singleElement().satisfies(f -> {
            assertThat(f.isError()).isTrue();
            assertThat(f.kind()).isEqualTo("code-include");
            assertThat(f.pos().displayPath()).isEqualTo("docs/page.md");
            assertThat(f.pos().line()).isEqualTo(6);
            assertThat(f.detail()).contains("no file NoSuch.java under the code root");
        });
    }

    @Test
    void aMissingRegionAndARangeOutsideTheFileAreErrors() {
        ParsedPage page = parse("```java file=Greeter.java region=farewell\n```\n\n```text file=sub/lines.txt lines=2-9\n```\n");

        assertThat(page.findings()).extracting(f -> f.pos().line()).containsExactly(4, 7);
        assertThat(page.findings().get(0).detail()).contains("Greeter.java has no region 'farewell'");
        assertThat(page.findings().get(1).detail()).contains("lines=\"2-9\"", "3 lines of sub/lines.txt");
    }

    @Test
    void nothingOutsideTheCodeRootIsRead() {
        ParsedPage page = parse("```xml file=../../../../pom.xml\n```\n\n```xml file=/etc/hostname\n```\n");

        assertThat(page.findings()).hasSize(2).allSatisfy(f -> assertThat(f.detail()).contains("never leave it"));
        assertThat(page.html()).doesNotContain("<project", "<code class=\"language-xml\">\n");
    }
}
