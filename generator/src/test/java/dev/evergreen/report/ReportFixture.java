package dev.evergreen.report;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.LinkFinding;
import dev.evergreen.finding.LinkProblem;
import dev.evergreen.finding.Severity;
import dev.evergreen.finding.SourcePos;

import java.nio.file.Path;
import java.util.List;

/**
 * One fixed build outcome every report test reads: out of order on purpose, with the awkward cases
 * (markup in a URL, CJK and spaces in paths, a whole-file finding, a line break and a percent sign in
 * a detail, a clean file).
 */
final class ReportFixture {

    static final String SCRIPT_URL = "https://evil.example/<script>alert(\"x\")</script>?a=1&b=2";

    static final ReportStats STATS = new ReportStats(12, 40, 7, 1234);

    static final List<Path> SOURCES = List.of(Path.of("posts", "a.md"), Path.of("index.md"),
            Path.of("posts", "b.md"), Path.of("posts", "中文.md"), Path.of("recordings", "talk 1.md"),
            Path.of("about.md"));

    static final List<Finding> FINDINGS = List.of(
            new LinkFinding(SourcePos.of(Path.of("posts", "a.md"), 30), Severity.WARNING, LinkProblem.MOVED,
                    "http://old.example.org/x", "301", "/2024/01/02/a/", true,
                    "update to https://new.example.org/x"),
            new LinkFinding(SourcePos.of(Path.of("templates", "base.ftl"), 7), Severity.INFO,
                    LinkProblem.UNVERIFIED, "https://slow.example/", "timeout", "/", true, ""),
            new LinkFinding(new SourcePos(Path.of("posts", "a.md"), 12, 5), Severity.ERROR,
                    LinkProblem.MISSING_ANCHOR, "/guide/#setup", "", "/2024/01/02/a/", false,
                    "no element with id 'setup' on /guide/"),
            ContentFinding.error(SourcePos.wholeFile(Path.of("recordings", "talk 1.md")), "front-matter",
                    "missing title: add a title: line to the front matter"),
            new LinkFinding(SourcePos.of(Path.of("posts", "中文.md"), 3), Severity.ERROR, LinkProblem.BROKEN,
                    SCRIPT_URL, "404", "/2024/02/01/zh/", true, ""),
            ContentFinding.warning(SourcePos.of(Path.of("posts", "b.md"), 2), "date",
                    "date '2024-13-01' is not a date,\nwrite YYYY-MM-DD (100% of dates do)"),
            new LinkFinding(SourcePos.of(Path.of("posts", "a.md"), 12), Severity.ERROR, LinkProblem.BROKEN,
                    "https://example.com/gone", "404", "/2024/01/02/a/", true, ""));

    static Report report() {
        return Report.of(FINDINGS, SOURCES, STATS);
    }

    private ReportFixture() {
    }
}
