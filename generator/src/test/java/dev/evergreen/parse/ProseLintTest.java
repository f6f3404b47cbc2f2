package dev.evergreen.parse;

import dev.evergreen.finding.Finding;
import dev.evergreen.finding.Severity;
import dev.evergreen.finding.SourcePos;
import dev.evergreen.load.ContentLoader;
import dev.evergreen.load.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ProseLintTest {

    private static MarkdownParser parser;

    @BeforeAll
    static void configure(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("site.yml"), """
                title: Notes
                channels:
                  developer: {}
                  marketing: {path: news/, avoid: [cheap]}
                """);
        parser = MarkdownParser.forSite(new ContentLoader(root, List.of()).load());
    }

    private static List<Finding> lint(String text) {
        Path path = Path.of("posts", "talk.md");
        return parser.parse(new Source(path, Path.of("/site").resolve(path), text)).findings().stream()
                .filter(f -> f.kind().equals("prose")).toList();
    }

    @Test
    void slogansAreWarningsAtLineAndColumn() {
        List<Finding> findings = lint("""
                ---
                title: Talk
                ---
                # A Next-Generation cache

                It is *revolutionary*, and world-leading too.
                """);

        assertThat(findings).extracting(f -> f.pos().line(), f -> f.pos().column(), Finding::severity).containsExactly(
                tuple(4, 5, Severity.WARNING), tuple(6, 8, Severity.WARNING), tuple(6, 28, Severity.WARNING));
        assertThat(findings.get(0).detail()).startsWith("\"Next-Generation\" reads as a slogan in the developer channel")
                .contains("allowPhrases: [next-generation]");
        assertThat(findings.get(0).pos().file()).isEqualTo(Path.of("posts", "talk.md"));
    }

    @Test
    void chineseSlogansAreFoundInsideWordsWithCharacterColumns() {
        List<Finding> findings = lint("""
                ---
                title: 演讲
                ---
                这是一个颠覆性的设计，遥遥领先。
                我们赋能开发者。
                """);

        assertThat(findings).extracting(f -> f.pos(), f -> f.detail().substring(0, f.detail().indexOf('"', 1) + 1))
                .containsExactly(
                        tuple(new SourcePos(Path.of("posts", "talk.md"), 4, 5), "\"颠覆\""),
                        tuple(new SourcePos(Path.of("posts", "talk.md"), 4, 12), "\"遥遥领先\""),
                        tuple(new SourcePos(Path.of("posts", "talk.md"), 5, 3), "\"赋能\""));
    }

    @Test
    void codeSpansCodeBlocksAndRawHtmlAreLeftAlone() {
        assertThat(lint("""
                Call `revolutionary()` here.

                ```java
                String s = "颠覆 next-generation";
                ```

                    world-leading indented code

                <div>game-changing</div>
                """)).isEmpty();
    }

    @Test
    void aFileOptsOutOfAPhraseInItsFrontMatter() {
        assertThat(lint("""
                ---
                allowPhrases: [Revolutionary, 颠覆]
                ---
                The revolutionary war; 颠覆 means to overturn. Still next-generation.
                """)).extracting(Finding::detail).singleElement().asString().startsWith("\"next-generation\"");
    }

    @Test
    void eachChannelHasItsOwnList() {
        assertThat(lint("""
                ---
                channel: marketing
                ---
                A revolutionary, cheap plan.
                """)).extracting(f -> f.pos().column()).containsExactly(18);
    }
}
