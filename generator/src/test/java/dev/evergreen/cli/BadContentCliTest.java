package dev.evergreen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad content, one scenario each, through the command line: every content error is one plain line
 * {@code path:line: kind: what is wrong and what to do}, the exit code is 1, no stack trace is printed,
 * the previously published output stays byte for byte what it was, and nothing outside the output and
 * report directories is written. Input that is odd but valid (a byte-order mark, CRLF) builds.
 */
class BadContentCliTest {

    @TempDir
    Path tmp;

    /** Builds and checks the guarantees every content error shares; returns the run for its finding lines. */
    private static CliRun failsKeepingTheOutput(Scenario scenario) {
        Map<String, String> published = Scenario.snapshot(scenario.output);
        Map<String, String> untouchable = scenario.untouchable();

        CliRun run = scenario.build();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.printedStackTrace()).as(run.toString()).isFalse();
        assertThat(Scenario.snapshot(scenario.output)).as("the previous output").isEqualTo(published);
        assertThat(scenario.untouchable()).as("files outside the output and reports").isEqualTo(untouchable);
        assertThat(scenario.dir).isDirectoryNotContaining(p -> p.getFileName().toString().contains("staging"));
        return run;
    }

    private static CliRun buildsCleanly(Scenario scenario) {
        Map<String, String> untouchable = scenario.untouchable();
        CliRun run = scenario.build();
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.printedStackTrace()).as(run.toString()).isFalse();
        assertThat(scenario.untouchable()).as("files outside the output and reports").isEqualTo(untouchable);
        return run;
    }

    /** The one finding line that starts with {@code location: kind: }. */
    private static String finding(CliRun run, String locationAndKind) {
        return run.out().lines().filter(l -> l.startsWith(locationAndKind + ": ")).findFirst()
                .orElseThrow(() -> new AssertionError("no finding '" + locationAndKind + "' in\n" + run));
    }

    private static String page(Scenario scenario, String path) throws IOException {
        return Files.readString(scenario.output.resolve(path));
    }

    /**
     * Scenario sites under {@code sites/<scenario>/}, each laid over the good base site: the one finding
     * it must give (location and kind) and words of its detail that say what to do.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            yaml-unclosed-quote   | posts/broken.md:3: front-matter      | never closed; add the closing quote
            yaml-tab-indentation  | posts/broken.md:5: front-matter      | replace the tab with spaces
            yaml-duplicate-key    | posts/broken.md:4: front-matter      | 'title' is written twice; keep only one
            front-matter-unclosed | posts/broken.md:1: front-matter      | never closed; add a line with '---'
            empty-file            | posts/empty.md:1: date               | date:
            duplicate-permalinks  | posts/twin.md:4: duplicate-permalink | /2024/01/01/good/ is also the permalink of posts/good.md
            unknown-layout        | posts/odd.md:5: layout               | 'nonexistent' names no template; available layouts: article
            """)
    void badContentIsOnePlainFindingAndKeepsTheOutput(String scenario, String locationAndKind, String words) {
        CliRun run = failsKeepingTheOutput(Scenario.published(tmp).overlay(scenario));
        assertThat(finding(run, locationAndKind)).contains(words);
    }

    @Test
    void invalidUtf8IsReportedAtTheLineOfTheBadByte() {
        Scenario scenario = Scenario.published(tmp);
        scenario.write("posts/latin1.md", "---\ntitle: Caf\u00e9\ndate: 2024-02-01\n---\nna\u00efve\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        CliRun run = failsKeepingTheOutput(scenario);
        assertThat(finding(run, "posts/latin1.md:2: encoding")).contains("not valid UTF-8", "0xE9", "save it as UTF-8");
    }

    @Test
    void byteOrderMarkIsIgnored() throws IOException {
        Scenario scenario = Scenario.published(tmp);
        scenario.write("posts/bom.md", "\uFEFF---\ntitle: With a BOM\ndate: 2024-02-01\n---\nText.\n");
        buildsCleanly(scenario);
        assertThat(page(scenario, "2024/02/01/bom/index.html")).contains("<h1>With a BOM</h1>").doesNotContain("\uFEFF");
    }

    @Test
    void crlfLineEndingsBuildAndFindingsKeepTheirLines() throws IOException {
        Scenario scenario = Scenario.published(tmp);
        scenario.write("posts/windows.md", "---\r\ntitle: Windows\r\ndate: 2024-02-01\r\n---\r\nText.\r\n");
        buildsCleanly(scenario);
        assertThat(page(scenario, "2024/02/01/windows/index.html")).contains("<h1>Windows</h1>").doesNotContain("\r");

        scenario.write("posts/windows.md", "---\r\ntitle: Windows\r\ndate: someday\r\n---\r\nText.\r\n");
        CliRun run = failsKeepingTheOutput(scenario);
        assertThat(finding(run, "posts/windows.md:3: date")).contains("someday");
    }

    @Test
    void emptyFileIsReportedWithWhatItLacks() {
        CliRun run = failsKeepingTheOutput(Scenario.published(tmp).overlay("empty-file"));
        assertThat(finding(run, "posts/empty.md:1: date")).contains("date:");
    }

    @Test
    void duplicatePermalinksAreOneErrorNamingBothFiles() {
        CliRun run = failsKeepingTheOutput(Scenario.published(tmp).overlay("duplicate-permalinks"));
        assertThat(finding(run, "posts/twin.md:4: duplicate-permalink")).contains("/2024/01/01/good/", "posts/good.md");
    }

    @Test
    void unknownLayoutIsReportedAtTheLayoutKey() {
        CliRun run = failsKeepingTheOutput(Scenario.published(tmp).overlay("unknown-layout"));
        assertThat(finding(run, "posts/odd.md:5: layout")).contains("'nonexistent'", "available layouts", "article");
    }

    @Test
    void templateErrorNamesTheTemplateFileAndLine() {
        CliRun run = failsKeepingTheOutput(Scenario.published(tmp).overlay("template-error"));
        assertThat(run.err()).contains("layouts/article.ftl:3: ").contains("noSuchField");
    }

    @Test
    void stackTraceOfATemplateErrorOnlyWithVerbose() {
        Scenario scenario = Scenario.published(tmp).overlay("template-error");
        CliRun run = scenario.build("--verbose");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.printedStackTrace()).as(run.toString()).isTrue();
    }

    /** A link error, not a content error: like every broken link it fails the build and the site is published. */
    @Test
    void assetPathEscapingTheRootIsReportedAndNothingOutsideIsRead() {
        Scenario scenario = Scenario.published(tmp).overlay("asset-escape");
        Map<String, String> untouchable = scenario.untouchable();

        CliRun run = scenario.build();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.printedStackTrace()).as(run.toString()).isFalse();
        assertThat(scenario.untouchable()).isEqualTo(untouchable);
        assertThat(finding(run, "posts/escape.md:7: broken")).contains("../../etc/passwd", "no such file");
        assertThat(finding(run, "posts/escape.md:9: broken")).contains("no such file");
        assertThat(Scenario.snapshot(scenario.output).keySet()).noneMatch(p -> p.contains("passwd"));
    }

    @Test
    void symbolicLinkOutOfTheRootIsReportedAndNotFollowed() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.md"), "---\ntitle: Secret\n---\nsecret\n");
        Scenario scenario = Scenario.published(tmp);
        Files.createSymbolicLink(scenario.source.resolve("leak.md"), secret);
        CliRun run = failsKeepingTheOutput(scenario);
        assertThat(finding(run, "leak.md: outside-root")).contains("copy the file in instead");
    }

    @Test
    void filesDifferingOnlyInCaseAreReported() {
        Scenario scenario = Scenario.published(tmp);
        scenario.write("posts/Hello.md", "---\ntitle: Upper\ndate: 2024-03-01\n---\nA.\n");
        scenario.write("posts/hello.md", "---\ntitle: Lower\ndate: 2024-03-02\n---\nB.\n");
        CliRun run = failsKeepingTheOutput(scenario);
        assertThat(finding(run, "posts/hello.md: case-collision")).contains("posts/Hello.md", "rename");
    }
}
