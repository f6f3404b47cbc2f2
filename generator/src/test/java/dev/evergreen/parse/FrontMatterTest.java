package dev.evergreen.parse;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.SourcePos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static dev.evergreen.parse.Pages.PATH;
import static dev.evergreen.parse.Pages.parse;
import static org.assertj.core.api.Assertions.assertThat;

class FrontMatterTest {

    @Test
    void readsEveryTypedKeyAndKeepsTheRestAsExtra() {
        ParsedPage page = parse("""
                ---
                title: Deep dive
                date: 2024-05-01 10:00:00+02:00
                updated: 2024-06-01
                tags: [java, yaml]
                categories: [[backend, jvm], tools]
                draft: true
                slug: deep-dive
                permalink: /deep/dive/
                aliases: [/old/]
                redirect_from: /older/
                description: All of it.
                author: Ann
                lang: en
                channel: marketing
                kind: article
                layout: wide
                video: {provider: youtube, id: abc}
                duration: 42
                ---
                Body
                """);

        FrontMatter fm = page.frontMatter();
        assertThat(page.findings()).isEmpty();
        assertThat(fm.title()).isEqualTo("Deep dive");
        assertThat(fm.date()).isEqualTo(ZonedDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(fm.updated()).isEqualTo(ZonedDateTime.of(2024, 6, 1, 0, 0, 0, 0, Pages.SITE_ZONE));
        assertThat(fm.tags()).containsExactly("java", "yaml");
        assertThat(fm.categories()).containsExactly("backend", "jvm", "tools");
        assertThat(fm.draft()).isTrue();
        assertThat(fm.slug()).isEqualTo("deep-dive");
        assertThat(fm.permalink()).isEqualTo("/deep/dive/");
        assertThat(fm.aliases()).containsExactly("/old/", "/older/");
        assertThat(fm.description()).isEqualTo("All of it.");
        assertThat(fm.authors()).containsExactly("Ann");
        assertThat(fm.lang()).isEqualTo("en");
        assertThat(fm.channel()).isEqualTo("marketing");
        assertThat(fm.kind()).isEqualTo("article");
        assertThat(fm.layout()).isEqualTo("wide");
        assertThat(fm.extra()).containsExactly(
                Map.entry("video", Map.of("provider", "youtube", "id", "abc")), Map.entry("duration", 42));
        assertThat(fm.lines()).containsEntry("title", 2).containsEntry("layout", 17).containsEntry("video", 18);
    }

    @Test
    void scalarTagsAndAuthorListsAreAccepted() {
        FrontMatter fm = parse("---\ntags: solo\nauthors: [Ann, Bo]\n---\n").frontMatter();

        assertThat(fm.tags()).containsExactly("solo");
        assertThat(fm.authors()).containsExactly("Ann", "Bo");
        assertThat(fm.draft()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-06-04                 | 2023-06-04T00:00+08:00[Asia/Shanghai]
            2023-06-04 10:00           | 2023-06-04T10:00+08:00[Asia/Shanghai]
            2023-06-04 10:00:00        | 2023-06-04T10:00+08:00[Asia/Shanghai]
            2023-06-04T10:00:00        | 2023-06-04T10:00+08:00[Asia/Shanghai]
            2023-06-04T10:00:00Z       | 2023-06-04T10:00Z
            2023-06-04 10:00:00+08:00  | 2023-06-04T10:00+08:00
            2023-06-04 10:00:00 -05:00 | 2023-06-04T10:00-05:00
            2023-06-04T10:00:00.5+0100 | 2023-06-04T10:00:00.500+01:00
            """)
    void readsDatesWithAndWithoutZone(String written, String expected) {
        ParsedPage page = parse("---\ndate: " + written + "\n---\n");

        assertThat(page.findings()).isEmpty();
        assertThat(page.frontMatter().date()).hasToString(expected);
    }

    @Test
    void aValueThatIsNotADateIsAFindingAtItsLine() {
        ParsedPage page = parse("---\ntitle: x\nupdated: xyz\n---\n");

        assertThat(page.findings()).containsExactly(ContentFinding.error(SourcePos.of(PATH, 3), "date",
                "cannot read 'xyz' as a date; write it as 2024-05-01 or 2024-05-01 10:00:00+08:00"));
        assertThat(page.frontMatter().title()).isEqualTo("x");
        assertThat(page.frontMatter().updated()).isNull();
    }

    @Test
    void impossibleCalendarDatesAreRejected() {
        assertThat(parse("---\ndate: 2023-02-30\n---\n").findings()).extracting(Finding::kind).containsExactly("date");
    }

    @Test
    void wrongTypesAreFindingsAtTheKeyLine() {
        ParsedPage page = parse("""
                ---
                title: [a, b]
                draft: maybe
                tags: {a: 1}
                slug: ok
                ---
                """);

        assertThat(page.findings()).extracting(Finding::pos, Finding::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SourcePos.of(PATH, 2), "front-matter"),
                org.assertj.core.groups.Tuple.tuple(SourcePos.of(PATH, 3), "front-matter"),
                org.assertj.core.groups.Tuple.tuple(SourcePos.of(PATH, 4), "front-matter"));
        assertThat(page.findings().get(1).detail()).isEqualTo("'draft' must be true or false, not 'maybe'");
        assertThat(page.frontMatter().slug()).isEqualTo("ok");
        assertThat(page.frontMatter().tags()).isEmpty();
    }

    @Test
    void unclosedQuoteIsReportedWhereTheQuoteOpens() {
        ParsedPage page = parse("---\ndate: 2024-01-01\ntitle: \"Hello\nslug: x\n---\n# Body\n");

        assertThat(page.findings()).containsExactly(ContentFinding.error(new SourcePos(PATH, 3, 8), "front-matter",
                "this quoted value is never closed; add the closing quote or remove the opening one"));
        assertThat(page.frontMatter()).isEqualTo(FrontMatter.empty());
        assertThat(page.headings()).extracting(Heading::text, Heading::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Body", 6));
    }

    @Test
    void tabIndentationIsReportedAtTheTab() {
        ParsedPage page = parse("---\ntitle: x\ntags:\n\t- a\n---\n");

        assertThat(page.findings()).containsExactly(ContentFinding.error(new SourcePos(PATH, 4, 1), "front-matter",
                "a tab is used for indentation; YAML allows only spaces, so replace the tab with spaces"));
    }

    @Test
    void duplicateKeysAreReportedAtTheSecondKey() {
        ParsedPage page = parse("---\ntitle: a\ndate: 2024-01-01\ntitle: b\n---\n");

        assertThat(page.findings()).containsExactly(ContentFinding.error(new SourcePos(PATH, 4, 1), "front-matter",
                "the key 'title' is written twice; keep only one of them"));
    }

    @Test
    void otherSyntaxErrorsNameTheYamlProblem() {
        ParsedPage page = parse("---\ntags: [a, b\n---\n");

        assertThat(page.findings()).singleElement().satisfies(f -> {
            assertThat(f.pos()).isEqualTo(new SourcePos(PATH, 2, 7));
            assertThat(f.detail()).contains("expected ',' or ']'").contains("check the indentation");
        });
    }

    @Test
    void frontMatterThatIsNotAMappingIsAFinding() {
        ParsedPage page = parse("---\n- a\n- b\n---\n");

        assertThat(page.findings()).extracting(Finding::pos).containsExactly(SourcePos.of(PATH, 2));
        assertThat(page.frontMatter()).isEqualTo(FrontMatter.empty());
    }

    @Test
    void unclosedFrontMatterIsAnErrorAtLineOneAndTheTextIsStillParsed() {
        ParsedPage page = parse("---\ntitle: x\n\n# Heading\n");

        assertThat(page.findings()).containsExactly(ContentFinding.error(SourcePos.of(PATH, 1), "front-matter",
                "the front matter opened by '---' on line 1 is never closed; add a line with '---' after it"));
        assertThat(page.headings()).extracting(Heading::line).containsExactly(4);
    }

    @Test
    void dotsCloseFrontMatterAndEmptyFrontMatterIsFine() {
        assertThat(parse("---\ntitle: x\n...\nBody\n").frontMatter().title()).isEqualTo("x");
        assertThat(parse("---\n---\nBody\n").frontMatter()).isEqualTo(FrontMatter.empty());
        assertThat(parse("No front matter\n---\n").findings()).isEmpty();
    }

    @Test
    void bodyLinesAreOffsetByTheFrontMatter() {
        ParsedPage page = parse("---\ntitle: x\ntags: [a]\n---\n\n# One\n\n[link](a.md)\n");

        assertThat(page.headings()).extracting(Heading::line).containsExactly(6);
        assertThat(page.html()).contains("data-eg-src=\"posts/test.md:8\"");
        assertThat(List.of(page.html())).noneMatch(html -> html.contains("title: x"));
    }
}
