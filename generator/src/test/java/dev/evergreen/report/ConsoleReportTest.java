package dev.evergreen.report;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.SourcePos;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleReportTest {

    @Test
    void summaryThenFindingsByFileThenTotals() {
        assertThat(print(Map.of(), ReportFixture.FINDINGS)).containsExactly(
                "Evergreen checked 12 pages, 40 internal links and 7 external URLs in 1.2 s: "
                        + "4 errors, 2 warnings, 1 info.",
                "",
                "posts/a.md (2 errors, 1 warning)",
                "posts/a.md:12: broken: https://example.com/gone (404)",
                "posts/a.md:12: missing-anchor: /guide/#setup: no element with id 'setup' on /guide/",
                "posts/a.md:30: moved: http://old.example.org/x (301): update to https://new.example.org/x",
                "",
                "posts/b.md (1 warning)",
                "posts/b.md:2: date: date '2024-13-01' is not a date, write YYYY-MM-DD (100% of dates do)",
                "",
                "posts/中文.md (1 error)",
                "posts/中文.md:3: broken: " + ReportFixture.SCRIPT_URL + " (404)",
                "",
                "recordings/talk 1.md (1 error)",
                "recordings/talk 1.md: front-matter: missing title: add a title: line to the front matter",
                "",
                "templates/base.ftl (1 info)",
                "templates/base.ftl:7: unverified: https://slow.example/ (timeout)",
                "",
                "Totals: 4 errors, 2 warnings, 1 info in 5 files "
                        + "(broken 2, date 1, front-matter 1, missing-anchor 1, moved 1, unverified 1).");
    }

    @Test
    void aCleanBuildIsOneLine() {
        assertThat(print(Map.of(), List.of())).containsExactly(
                "Evergreen checked 12 pages, 40 internal links and 7 external URLs in 1.2 s: "
                        + "0 errors, 0 warnings, 0 info.");
    }

    @Test
    void singularsAndShortDurations() {
        Report report = Report.of(List.of(ContentFinding.error(SourcePos.of(Path.of("a.md"), 1), "date", "bad")),
                List.of(), new ReportStats(1, 1, 1, 850));

        assertThat(ConsoleReport.lines(report)).first().isEqualTo(
                "Evergreen checked 1 page, 1 internal link and 1 external URL in 850 ms: 1 error, 0 warnings, 0 info.");
        assertThat(ConsoleReport.lines(report)).last().isEqualTo("Totals: 1 error, 0 warnings, 0 info in 1 file (date 1).");
    }

    @Test
    void noAnnotationsOutsideGithubActions() {
        assertThat(print(Map.of("GITHUB_ACTIONS", "false"), ReportFixture.FINDINGS)).noneMatch(l -> l.startsWith("::"));
    }

    @Test
    void annotationsFollowTheFindingsUnderGithubActions() {
        List<String> lines = print(Map.of("GITHUB_ACTIONS", "true"), ReportFixture.FINDINGS);

        assertThat(lines).filteredOn(l -> l.startsWith("::")).hasSize(ReportFixture.FINDINGS.size());
        assertThat(lines.get(lines.size() - 1)).startsWith("::notice file=templates/base.ftl,line=7,");
    }

    static List<String> print(Map<String, String> environment, List<? extends Finding> findings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new Reporter(new ReportOptions(Path.of("reports"), Path.of("content"), environment))
                .print(findings, ReportFixture.STATS, out);
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
