package dev.evergreen.check;

import dev.evergreen.finding.LinkFinding;
import dev.evergreen.finding.LinkProblem;
import dev.evergreen.finding.Severity;
import dev.evergreen.finding.SourcePos;
import dev.evergreen.postprocess.PageLink;
import dev.evergreen.postprocess.ProcessedPage;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The check stage. Pages are handed in as they are written; {@link #check} then verifies every link
 * that stays on the site against the {@link SiteIndex} and every link that leaves it with the
 * external checker (unless external checks are off).
 */
public final class LinkChecker {

    /** Defaults for links on the site: anything broken here is the site's own fault. */
    public static final Map<LinkProblem, Severity> INTERNAL_SEVERITIES = Map.of(
            LinkProblem.BROKEN, Severity.ERROR,
            LinkProblem.MISSING_ANCHOR, Severity.ERROR,
            LinkProblem.SYNTAX, Severity.ERROR);

    private final SiteIndex index = new SiteIndex();
    private final ConcurrentLinkedQueue<PageLinks> pages = new ConcurrentLinkedQueue<>();
    private final InternalLinkChecker internal;

    /** @param overrides severities the site configured per kind, over {@link #INTERNAL_SEVERITIES} */
    public LinkChecker(URI baseUrl, Map<LinkProblem, Severity> overrides) {
        Map<LinkProblem, Severity> severities = new java.util.EnumMap<>(LinkProblem.class);
        severities.putAll(INTERNAL_SEVERITIES);
        severities.putAll(overrides);
        this.internal = new InternalLinkChecker(index, baseUrl, severities);
    }

    /** Records a written page (or any other output file, with no links); thread-safe. */
    public void add(ProcessedPage page) {
        String path = page.outputPath().toString().replace('\\', '/');
        if (page.links().isEmpty() && page.anchors().isEmpty() && !path.endsWith(".html")) {
            index.addFile(path);
            return;
        }
        index.addPage(path, page.anchors());
        pages.add(new PageLinks(page.url(), page.links()));
    }

    /** Records a copied file such as an asset. */
    public void addFile(String outputPath) {
        index.addFile(outputPath);
    }

    /**
     * Checks every internal link; returns the findings and the external uses still to check. A link
     * in an excerpt appears on every list page that shows it: it is one place to fix, so it is
     * checked and reported once, on the first page (by URL) it appears on.
     */
    public InternalResult checkInternal() {
        List<LinkFinding> findings = new ArrayList<>();
        List<LinkUse> external = new ArrayList<>();
        Set<Seen> seen = new HashSet<>();
        int checked = 0;
        List<PageLinks> sorted = pages.stream().sorted(Comparator.comparing(PageLinks::pageUrl)).toList();
        for (PageLinks page : sorted) {
            for (PageLink link : page.links()) {
                if (link.unresolvedSource() == null && internal.isExternal(link.href())) {
                    if (seen.add(new Seen(null, link.href(), link.pos()))) {
                        external.add(new LinkUse(link.href(), link.pos(), page.pageUrl()));
                    }
                } else {
                    checked++;
                    internal.check(page.pageUrl(), link, finding -> {
                        if (seen.add(new Seen(finding.problem(), finding.url(), finding.pos()))) {
                            findings.add(finding);
                        }
                    });
                }
            }
        }
        return new InternalResult(findings, external, checked);
    }

    /**
     * @param findings problems with links on the site
     * @param externalUses every use of a URL that leaves the site, for the external check
     * @param checkedLinks how many internal links were checked
     */
    public record InternalResult(List<LinkFinding> findings, List<LinkUse> externalUses, int checkedLinks) {
    }

    private record PageLinks(String pageUrl, List<PageLink> links) {
    }

    /** A use of an external URL ({@code problem} null), or a problem, at one place: reported once. */
    private record Seen(LinkProblem problem, String url, SourcePos pos) {
    }
}
