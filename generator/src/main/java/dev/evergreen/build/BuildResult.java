package dev.evergreen.build;

import dev.evergreen.finding.Finding;
import dev.evergreen.report.ReportStats;

import java.util.List;

/**
 * What a build did.
 *
 * @param findings every problem found, sorted by file and line
 * @param published whether the output directory now holds this build (false: content errors kept the previous one)
 */
public record BuildResult(List<Finding> findings, ReportStats stats, boolean published) {

    public BuildResult {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    public long errorCount() {
        return findings.stream().filter(Finding::isError).count();
    }
}
