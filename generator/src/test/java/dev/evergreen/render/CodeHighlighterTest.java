package dev.evergreen.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodeHighlighterTest {

    private static String highlight(String language, String code) {
        return CodeHighlighter.highlight(CodeLanguage.named(language).orElseThrow(), code);
    }

    @Test
    void javaKeywordsStringsCommentsAndNumbersBecomeSpansAndTheRestIsEscaped() {
        assertThat(highlight("java", "int n = 42; // a < b\nString s = \"x&y\";"))
                .isEqualTo("<span class=\"hl-k\">int</span> n = <span class=\"hl-n\">42</span>;"
                        + " <span class=\"hl-c\">// a &lt; b</span>\nString s = <span class=\"hl-s\">\"x&amp;y\"</span>;");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "python | def f(): # note     | <span class=\"hl-k\">def</span> f(): <span class=\"hl-c\"># note</span>",
        "SQL    | select 1 -- why     | <span class=\"hl-k\">select</span> <span class=\"hl-n\">1</span> <span class=\"hl-c\">-- why</span>",
        "yaml   | title: x            | <span class=\"hl-k\">title</span>: x",
        "ts     | const a = `b`       | <span class=\"hl-k\">const</span> a = <span class=\"hl-s\">`b`</span>",
        "go     | /* c */ func        | <span class=\"hl-c\">/* c */</span> <span class=\"hl-k\">func</span>",
        "html   | <a href='x'>t</a>   | <span class=\"hl-k\">&lt;a</span> href=<span class=\"hl-s\">'x'</span><span class=\"hl-k\">&gt;</span>t<span class=\"hl-k\">&lt;/a</span><span class=\"hl-k\">&gt;</span>",
    })
    void otherLanguages(String language, String code, String html) {
        assertThat(highlight(language.strip(), code.strip())).isEqualTo(html.strip());
    }

    @Test
    void anUnclosedStringEndsAtTheLineAndUnknownLanguagesAreNotHighlighted() {
        assertThat(highlight("bash", "echo \"open\nls")).isEqualTo(
                "<span class=\"hl-k\">echo</span> <span class=\"hl-s\">\"open</span>\nls");
        assertThat(CodeLanguage.named("brainfuck")).isEmpty();
    }
}
