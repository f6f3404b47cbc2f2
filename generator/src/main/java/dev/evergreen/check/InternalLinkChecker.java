package dev.evergreen.check;

import dev.evergreen.url.PercentDecoding;
import dev.evergreen.finding.LinkFinding;
import dev.evergreen.finding.LinkProblem;
import dev.evergreen.finding.Severity;
import dev.evergreen.postprocess.PageLink;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Checks links that stay on the site against what the build produced: the target file must exist
 * and a {@code #fragment} must name an element of the target page. Nothing is fetched.
 */
final class InternalLinkChecker {

    private final SiteIndex index;
    private final URI baseUrl;
    private final String basePath;
    private final Map<LinkProblem, Severity> severities;
    /** Verdicts on root-relative links; valid once the index is complete, as it is when checking starts. */
    private final Map<String, Verdict> rootRelative = new ConcurrentHashMap<>();
    /** The same few external URLs recur on many pages. */
    private final Map<String, Boolean> absoluteIsExternal = new ConcurrentHashMap<>();

    InternalLinkChecker(SiteIndex index, URI baseUrl, Map<LinkProblem, Severity> severities) {
        this.index = index;
        this.baseUrl = baseUrl;
        this.basePath = baseUrl.getRawPath();
        this.severities = severities;
    }

    /** Whether the link leaves the site (another host), so belongs to the external check. */
    boolean isExternal(String href) {
        if (href.startsWith("//") || startsWithIgnoreCase(href, "http:") || startsWithIgnoreCase(href, "https:")) {
            return absoluteIsExternal.computeIfAbsent(href, this::leavesSite);
        }
        int colon = href.indexOf(':');
        int slash = href.indexOf('/');
        return colon > 0 && (slash < 0 || colon < slash);
    }

    private boolean leavesSite(String href) {
        try {
            return !sameSite(new URI(href.startsWith("//") ? baseUrl.getScheme() + ":" + href : href));
        } catch (URISyntaxException e) {
            return true;
        }
    }

    private static boolean startsWithIgnoreCase(String text, String prefix) {
        // Nearly every link starts with '/' or '#': decide on the first character before comparing more.
        return !text.isEmpty() && (text.charAt(0) | 0x20) == prefix.charAt(0)
                && text.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    /** The same host and port; the scheme may differ, as old content links the site over http. */
    private boolean sameSite(URI uri) {
        return baseUrl.getHost().equalsIgnoreCase(uri.getHost()) && baseUrl.getPort() == uri.getPort()
                && (uri.getRawPath() == null || uri.getRawPath().startsWith(basePath)
                || (uri.getRawPath() + "/").equals(basePath));
    }

    /** Checks one internal link of {@code pageUrl}; reports through {@code findings}. */
    void check(String pageUrl, PageLink link, Consumer<LinkFinding> findings) {
        if (link.unresolvedSource() != null) {
            findings.accept(finding(LinkProblem.BROKEN, link, pageUrl, "no such page",
                    link.unresolvedSource() + " is not published (missing, misspelt, or a draft)"));
            return;
        }
        String href = link.href();
        if (href.isEmpty()) {
            return;
        }
        // A root-relative link means the same from every page, and the site's navigation repeats the same
        // few on every one of thousands of pages: judge each once.
        Verdict verdict = href.startsWith("/") && !href.startsWith("//")
                ? rootRelative.computeIfAbsent(href, h -> judge(pageUrl, h))
                : judge(pageUrl, href);
        if (verdict != Verdict.OK) {
            findings.accept(finding(verdict.problem(), link, pageUrl, verdict.status(), verdict.hint()));
        }
    }

    private Verdict judge(String pageUrl, String href) {
        URI target;
        try {
            URI page = baseUrl.resolve(pageUrl);
            target = page.resolve(new URI(encodeSpaces(href)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new Verdict(LinkProblem.SYNTAX, "malformed URL", "");
        }
        String rawPath = target.getRawPath() == null ? "" : target.getRawPath();
        if (!rawPath.startsWith(basePath) && !(rawPath + "/").equals(basePath)) {
            return new Verdict(LinkProblem.BROKEN, "outside the site", "the link leaves the site's base path " + basePath);
        }
        String path = decode(rawPath.length() <= basePath.length() ? "" : rawPath.substring(basePath.length()));
        Optional<String> file = outputFile(path);
        if (file.isEmpty()) {
            return new Verdict(LinkProblem.BROKEN, "no such file", "");
        }
        String fragment = target.getRawFragment();
        if (fragment == null || fragment.isEmpty() || fragment.equals("top") || !index.isPage(file.get())) {
            return Verdict.OK;
        }
        String decoded = decode(fragment);
        if (!index.hasAnchor(file.get(), decoded)) {
            return new Verdict(LinkProblem.MISSING_ANCHOR, "no element with id '" + decoded + "'",
                    "the heading may have been renamed; link to its new id");
        }
        return Verdict.OK;
    }

    /** What one link target turned out to be, without where it was written. */
    private record Verdict(LinkProblem problem, String status, String hint) {
        static final Verdict OK = new Verdict(null, null, null);
    }

    /**
     * The output file a site path names as web servers serve it: itself, {@code path.html} for a path without
     * an extension (Hexo's {@code pretty_urls.trailing_html: false} publishes such URLs), or its {@code index.html}.
     */
    private Optional<String> outputFile(String path) {
        if (path.isEmpty() || path.endsWith("/")) {
            String indexFile = path + "index.html";
            return index.hasFile(indexFile) ? Optional.of(indexFile) : Optional.empty();
        }
        if (index.hasFile(path)) {
            return Optional.of(path);
        }
        String htmlFile = path + ".html";
        if (path.lastIndexOf('.') <= path.lastIndexOf('/') && index.hasFile(htmlFile)) {
            return Optional.of(htmlFile);
        }
        String indexFile = path + "/index.html";
        return index.hasFile(indexFile) ? Optional.of(indexFile) : Optional.empty();
    }

    private LinkFinding finding(LinkProblem problem, PageLink link, String pageUrl, String status, String hint) {
        return new LinkFinding(link.pos(), severities.getOrDefault(problem, Severity.WARNING), problem, link.written(),
                status, pageUrl, false, hint);
    }

    private static String encodeSpaces(String href) {
        return href.replace(" ", "%20");
    }

    private static String decode(String raw) {
        return PercentDecoding.decode(raw).orElse(raw);
    }
}
