package dev.evergreen.parse;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.SourcePos;
import org.junit.jupiter.api.Test;

import static dev.evergreen.parse.Pages.PATH;
import static dev.evergreen.parse.Pages.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Excerpts, text counts and robustness of the body. */
class PageBodyTest {

    @Test
    void moreMarkerAsItsOwnBlockEndsTheExcerpt() {
        ParsedPage page = parse("---\ntitle: t\n---\nIntro [a](a.md).\n\n<!-- more -->\n\nRest.\n");

        assertThat(page.hasMoreMarker()).isTrue();
        assertThat(page.excerptHtml()).isEqualTo("<p>Intro <a href=\"a.md\" data-eg-src=\"posts/test.md:4\">a</a>.</p>\n");
        assertThat(page.html()).contains("<p>Rest.</p>");
    }

    @Test
    void moreMarkerWithoutSpacesInsideAParagraphCutsThatParagraph() {
        ParsedPage page = parse("# T\n\nFirst part <!--more--> second part.\n");

        assertThat(page.hasMoreMarker()).isTrue();
        assertThat(page.excerptHtml()).isEqualTo("<h1 id=\"t\">T</h1>\n<p>First part</p>\n");
    }

    @Test
    void withoutMarkerTheDescriptionIsTheEscapedExcerpt() {
        ParsedPage page = parse("---\ndescription: Fish & <chips>\n---\nFirst paragraph.\n");

        assertThat(page.hasMoreMarker()).isFalse();
        assertThat(page.excerptHtml()).isEqualTo("<p>Fish &amp; &lt;chips&gt;</p>\n");
    }

    @Test
    void withoutMarkerOrDescriptionTheFirstParagraphIsTheExcerpt() {
        ParsedPage page = parse("# Title\n\nFirst [p](p.md).\n\nSecond.\n");

        assertThat(page.excerptHtml()).isEqualTo("<p>First <a href=\"p.md\" data-eg-src=\"posts/test.md:3\">p</a>.</p>\n");
    }

    @Test
    void otherCommentsAreNotMoreMarkers() {
        ParsedPage page = parse("A.\n\n<!-- more or less -->\n\nB.\n");

        assertThat(page.hasMoreMarker()).isFalse();
        assertThat(page.excerptHtml()).isEqualTo("<p>A.</p>\n");
    }

    @Test
    void countsWordsAndCjkCharactersButNotCode() {
        ParsedPage page = parse("""
                # 介绍 Evergreen

                用 Maven 构建 a well-known, don't-panic site.

                ```java
                int notCounted = 1;
                ```

                    indented code is skipped too
                """);

        // Words: Evergreen, Maven, a, well-known, don't-panic, site. CJK: 介绍 用 构建.
        assertThat(page.stats()).isEqualTo(new TextStats(6, 5));
    }

    @Test
    void deeplyNestedInputIsAFindingNotACrash() {
        ParsedPage page = parse("---\ntitle: deep\n---\n" + "> ".repeat(20_000) + "x\n");

        assertThat(page.findings()).singleElement().isEqualTo(ContentFinding.error(SourcePos.of(PATH, 1), "nesting",
                "nesting too deep to render: lists or block quotes are nested thousands of levels; flatten the structure"));
        assertThat(page.frontMatter().title()).isEqualTo("deep");
    }

    @Test
    void headingsListLevelsTextsAndAbsoluteLines() {
        ParsedPage page = parse("---\ntitle: t\n---\n# One\n\n## Two `code`\n\n> ### Quoted\n");

        assertThat(page.headings()).containsExactly(new Heading(1, "one", "One", 4),
                new Heading(2, "two-code", "Two code", 6), new Heading(3, "quoted", "Quoted", 8));
        assertThat(page.firstHeading()).contains("One");
    }
}
