package dev.evergreen.report;

import dev.evergreen.finding.Finding;
import dev.evergreen.finding.LinkFinding;
import dev.evergreen.finding.Severity;

import java.util.List;

/**
 * {@code links.json}: every finding with its structured fields, for scripts. The {@code version} field
 * changes only when a field is removed or changes meaning; new fields may appear in any version.
 */
final class JsonReport {

    static final int VERSION = 1;

    private JsonReport() {
    }

    static String render(Report report) {
        Json kinds = new Json();
        report.countsByKind().forEach((kind, count) -> kinds.add(kind, count));
        ReportStats stats = report.stats();
        Json summary = new Json()
                .add("errors", report.count(Severity.ERROR))
                .add("warnings", report.count(Severity.WARNING))
                .add("info", report.count(Severity.INFO))
                .add("kinds", kinds)
                .add("files", report.files().size())
                .add("filesWithFindings", report.byFile().size())
                .add("pagesBuilt", stats.pagesBuilt())
                .add("internalLinksChecked", stats.internalLinksChecked())
                .add("externalUrlsChecked", stats.externalUrlsChecked())
                .add("durationMillis", stats.durationMillis());
        List<Json> findings = report.findings().stream().map(JsonReport::finding).toList();
        return "{\n  \"version\": " + VERSION + ",\n  \"summary\": " + summary
                + ",\n  \"findings\": " + Json.array(findings, "  ") + "\n}\n";
    }

    private static Json finding(Finding finding) {
        Json json = new Json()
                .add("severity", finding.severity().label())
                .add("kind", finding.kind())
                .add("file", finding.pos().displayPath())
                .add("line", finding.pos().line())
                .add("column", finding.pos().column());
        if (finding instanceof LinkFinding link) {
            json.add("url", link.url())
                    .add("status", link.status())
                    .add("page", link.page())
                    .add("external", link.external())
                    .add("hint", link.hint());
        }
        return json.add("detail", finding.detail());
    }
}
