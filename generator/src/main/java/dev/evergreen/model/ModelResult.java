package dev.evergreen.model;

import dev.evergreen.finding.Finding;

import java.util.List;

/** The site, and the problems found while assembling it (bad dates, duplicate permalinks...). */
public record ModelResult(Site site, List<Finding> findings) {

    public ModelResult {
        findings = List.copyOf(findings);
    }
}
