package dev.evergreen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input that is large, deep or oddly named, generated at test time: it builds, or it is one plain
 * finding; never a stack overflow, a crash or a stack trace.
 */
class HugeAndOddInputCliTest {

    private static final String FRONT = "---\ntitle: Big\ndate: 2024-02-01\n---\n";

    @TempDir
    Path tmp;

    private static CliRun run(Scenario scenario, int exitCode) {
        Map<String, String> untouchable = scenario.untouchable();
        CliRun run = scenario.build();
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(exitCode);
        assertThat(run.printedStackTrace()).as(run.toString()).isFalse();
        assertThat(run.err()).doesNotContain("StackOverflowError", "OutOfMemoryError");
        assertThat(scenario.untouchable()).as("files outside the output and reports").isEqualTo(untouchable);
        return run;
    }

    private static String findings(CliRun run) {
        return String.join("\n", run.out().lines().filter(l -> l.matches("^\\S+\\.md(:\\d+)?: .*")).toList());
    }

    @Test
    void tenMegabyteArticleBuilds() throws IOException {
        Scenario scenario = Scenario.published(tmp);
        String paragraph = "A long paragraph with *emphasis*, `code` and a few plain words in it. ".repeat(20) + "\n\n";
        scenario.write("posts/big.md", FRONT + paragraph.repeat(10 * 1024 * 1024 / paragraph.length() + 1)
                + "The end, with [a link](../about.md).\n");
        assertThat(Files.size(scenario.source.resolve("posts/big.md"))).isGreaterThan(10L * 1024 * 1024);

        CliRun run = run(scenario, 0);

        assertThat(findings(run)).isEmpty();
        assertThat(Files.size(scenario.output.resolve("2024/02/01/big/index.html"))).isGreaterThan(10L * 1024 * 1024);
    }

    @Test
    void hundredThousandLinesKeepExactLineNumbers() {
        Scenario scenario = Scenario.published(tmp);
        StringBuilder text = new StringBuilder(FRONT);
        for (int line = 5; line <= 100_000; line++) {
            text.append(line == 99_990 ? "See [the missing page](missing.md).\n" : "Line " + line + ".\n");
        }
        scenario.write("posts/long.md", text.toString());

        CliRun run = run(scenario, 1);

        assertThat(findings(run).lines().distinct()).containsExactly("posts/long.md:99990: broken: missing.md (no such page):"
                + " posts/missing.md is not published (missing, misspelt, or a draft)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"deep-list, '- '", "deep-quote, '> '"})
    void tenThousandNestedListsOrBlockQuotesNeverOverflowTheStack(String name, String marker) {
        Scenario scenario = Scenario.published(tmp);
        scenario.write("posts/" + name + ".md", FRONT + marker.repeat(10_000) + "bottom\n");
        CliRun run = run(scenario, 1);
        assertThat(findings(run)).isEqualTo("posts/" + name + ".md:1: nesting: " + NESTING);
    }

    /** The parser's own finding: such input is a mistake (or an attack), never a stack overflow. */
    private static final String NESTING = "nesting too deep to render: lists or block quotes are nested thousands of"
            + " levels; flatten the structure";

    /** As in any URL (and in GitHub's preview), a literal '%', '#' or '?' in a path is written percent-encoded. */
    private static String linked(String name) {
        return name.replace("%", "%25").replace("#", "%23").replace("?", "%3F");
    }

    @Test
    void fileNamesWithSpacesUnicodeHashQuestionMarkAndPercentBuildAndLink() throws IOException {
        Scenario scenario = Scenario.published(tmp);
        String[] names = {"with space", "ünïcode 中文", "c#sharp", "what?", "100%"};
        StringBuilder index = new StringBuilder("---\ntitle: Index\ndate: 2024-03-01\n---\n");
        int day = 2;
        for (String name : names) {
            scenario.write("posts/" + name + ".md", "---\ntitle: " + name.replace("#", "sharp") + "\ndate: 2024-03-0"
                    + day++ + "\n---\n![pic](<../images/" + linked(name) + ".png>)\n");
            scenario.write("images/" + name + ".png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            index.append("- [").append(name).append("](<").append(linked(name)).append(".md>)\n");
            index.append("- [").append(name).append(" image](<../images/").append(linked(name)).append(".png>)\n");
        }
        scenario.write("posts/index-of-odd-names.md", index.toString());

        CliRun run = run(scenario, 0);

        assertThat(findings(run)).isEmpty();
        for (String name : names) {
            assertThat(scenario.output.resolve("images/" + name + ".png")).exists();
        }
        try (Stream<Path> pages = Files.walk(scenario.output.resolve("2024/03"))) {
            assertThat(pages.filter(p -> p.getFileName().toString().equals("index.html"))).hasSize(names.length + 1);
        }
    }
}
