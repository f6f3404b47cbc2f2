package dev.evergreen.ledger;

import dev.evergreen.finding.Finding;
import dev.evergreen.render.RenderedPage;

import java.util.List;
import java.util.Optional;

/**
 * What keeping the site's URLs alive adds to a build.
 *
 * @param findings alias problems, vanished URLs, ledger syntax errors, the missing-ledger warning
 * @param redirectPages a page at every alias, to post-process and link-check like any page
 * @param files gone pages and the hosts' redirect rules, written as they are
 * @param ledgerUpdate the ledger's new text when this build published URLs it does not list yet
 */
public record KeptUrls(List<Finding> findings, List<RenderedPage> redirectPages, List<OutputFile> files,
                       Optional<String> ledgerUpdate) {

    public KeptUrls {
        findings = List.copyOf(findings);
        redirectPages = List.copyOf(redirectPages);
        files = List.copyOf(files);
    }
}
