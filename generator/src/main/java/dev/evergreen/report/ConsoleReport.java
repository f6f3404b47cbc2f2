package dev.evergreen.report;

import dev.evergreen.finding.Finding;
import dev.evergreen.finding.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The console form: a summary line, the findings grouped by file, a totals line. Each finding is one
 * line {@code path:line: kind: detail} (the DESIGN contract editors and CI parse), so the group headers
 * and the summary are worded never to look like one.
 */
final class ConsoleReport {

    private ConsoleReport() {
    }

    static List<String> lines(Report report) {
        List<String> lines = new ArrayList<>();
        print(report, (severity, text) -> lines.add(text));
        return lines;
    }

    /** The same lines, each with the severity it speaks for, so a sink can route them. */
    static void print(Report report, ReportSink sink) {
        sink.line(Severity.INFO, "Evergreen " + report.checkedText() + ": " + report.severityCounts() + ".");
        Map<String, List<Finding>> byFile = report.byFile();
        byFile.forEach((file, findings) -> {
            sink.line(Severity.INFO, "");
            sink.line(Severity.INFO, file + " (" + Report.severityCounts(findings) + ")");
            findings.forEach(f -> sink.line(f.severity(), line(f)));
        });
        if (!byFile.isEmpty()) {
            sink.line(Severity.INFO, "");
            sink.line(Severity.INFO, "Totals: " + report.severityCounts() + " in " + byFile.size()
                    + (byFile.size() == 1 ? " file" : " files") + " (" + kindCounts(report) + ").");
        }
    }

    /** {@code posts/a.md:12: broken: https://x/y (404)}, or without the line for a finding about a whole file. */
    static String line(Finding finding) {
        return location(finding) + ": " + finding.kind() + ": " + oneLine(finding.detail());
    }

    static String location(Finding finding) {
        String path = finding.pos().displayPath();
        return finding.pos().line() > 0 ? path + ":" + finding.pos().line() : path;
    }

    /** A line break inside a detail would make the rest of it look like a separate, unparseable line. */
    private static String oneLine(String text) {
        return text.replaceAll("\\R", " ");
    }

    private static String kindCounts(Report report) {
        return report.countsByKind().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
