package dev.evergreen.check;

import dev.evergreen.finding.LinkFinding;
import dev.evergreen.finding.LinkProblem;
import dev.evergreen.finding.Severity;
import dev.evergreen.finding.SourcePos;
import dev.evergreen.postprocess.PageLink;
import dev.evergreen.postprocess.ProcessedPage;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LinkCheckerTest {

    private static final String PAGE = "/blog/a/";
    private static final Path SOURCE = Path.of("posts/a.md");

    private final LinkChecker checker = new LinkChecker(URI.create("https://example.org/blog/"), java.util.Map.of());
    private final List<PageLink> links = new ArrayList<>();

    @Test
    void workingInternalLinksGiveNoFindings() {
        site();
        link("/blog/docs/#install");
        link("/blog/docs");
        link("../docs/#install");
        link("https://example.org/blog/docs/#install");
        link("//example.org/blog/");
        link("/blog");
        link("#top");
        link("#");
        link("#here");
        link("");
        link("/blog/%E6%96%87%E6%A1%A3/#%E4%B8%AD%E6%96%87");
        link("/blog/文档/#中文");
        link("/blog/img/logo%20big.png?v=2");
        link("/blog/atom.xml");

        LinkChecker.InternalResult result = check();

        assertThat(result.findings()).isEmpty();
        assertThat(result.externalUses()).isEmpty();
        assertThat(result.checkedLinks()).isEqualTo(14);
    }

    @Test
    void eachBrokenLinkIsReportedAtItsSourceLineAndPage() {
        site();
        link("/blog/nope/");
        link("/blog/docs/#missing");
        link("img/gone.png");
        links.add(new PageLink("missing.md", "../missing.md", SourcePos.of(SOURCE, 4), "missing.md"));
        link("https://example.org/blog/nothing/");
        link("/other/");
        link("#nowhere");

        LinkChecker.InternalResult result = check();

        assertThat(result.findings()).containsExactly(
                broken(1, "/blog/nope/", "no such file", ""),
                new LinkFinding(SourcePos.of(SOURCE, 2), Severity.ERROR, LinkProblem.MISSING_ANCHOR,
                        "/blog/docs/#missing", "no element with id 'missing'",
                        PAGE, false, "the heading may have been renamed; link to its new id"),
                broken(3, "img/gone.png", "no such file", ""),
                broken(4, "../missing.md", "no such page",
                        "missing.md is not published (missing, misspelt, or a draft)"),
                broken(5, "https://example.org/blog/nothing/", "no such file", ""),
                broken(6, "/other/", "outside the site", "the link leaves the site's base path /blog/"),
                new LinkFinding(SourcePos.of(SOURCE, 7), Severity.ERROR, LinkProblem.MISSING_ANCHOR, "#nowhere",
                        "no element with id 'nowhere'", PAGE, false,
                        "the heading may have been renamed; link to its new id"));
        assertThat(result.checkedLinks()).isEqualTo(7);
    }

    @Test
    void externalLinksAreCollectedNotChecked() {
        site();
        link("https://other.example.com/x");
        link("https://example.org/elsewhere/");
        link("//cdn.example.net/lib.js");
        link("mailto:team@example.org");

        LinkChecker.InternalResult result = check();

        assertThat(result.findings()).isEmpty();
        assertThat(result.checkedLinks()).isZero();
        assertThat(result.externalUses()).containsExactly(
                new LinkUse("https://other.example.com/x", SourcePos.of(SOURCE, 1), PAGE),
                new LinkUse("https://example.org/elsewhere/", SourcePos.of(SOURCE, 2), PAGE),
                new LinkUse("//cdn.example.net/lib.js", SourcePos.of(SOURCE, 3), PAGE),
                new LinkUse("mailto:team@example.org", SourcePos.of(SOURCE, 4), PAGE));
    }

    @Test
    void aServerOnAnotherPortOfTheSameHostIsExternal() {
        LinkChecker local = new LinkChecker(URI.create("http://localhost:4000/"), java.util.Map.of());
        local.add(page("/", "index.html", Set.of(),
                List.of(new PageLink("http://localhost:8080/actuator/health", "http://localhost:8080/actuator/health",
                        SourcePos.of(SOURCE, 9), null))));

        LinkChecker.InternalResult result = local.checkInternal();

        assertThat(result.findings()).isEmpty();
        assertThat(result.externalUses()).extracting(LinkUse::url).containsExactly("http://localhost:8080/actuator/health");
    }

    @Test
    void aMalformedProtocolRelativeLinkDoesNotStopTheCheck() {
        site();
        link("//exa mple.org/x");
        link("/blog/nope/");

        LinkChecker.InternalResult result = check();

        assertThat(result.externalUses()).extracting(LinkUse::url).containsExactly("//exa mple.org/x");
        assertThat(result.findings()).extracting(LinkFinding::url).containsExactly("/blog/nope/");
    }

    @Test
    void pagesAreCheckedInUrlOrder() {
        checker.add(page("/blog/z/", "z/index.html", Set.of(),
                List.of(new PageLink("/blog/gone/", "/blog/gone/", SourcePos.of(Path.of("z.md"), 1), null))));
        checker.add(page("/blog/b/", "b/index.html", Set.of(),
                List.of(new PageLink("/blog/gone/", "/blog/gone/", SourcePos.of(Path.of("b.md"), 1), null))));

        assertThat(checker.checkInternal().findings()).extracting(LinkFinding::page).containsExactly("/blog/b/", "/blog/z/");
    }

    @Test
    void aLinkInAnExcerptShownOnManyPagesIsReportedOnce() {
        PageLink excerpt = new PageLink("/blog/gone/", "/blog/gone/", SourcePos.of(SOURCE, 3), null);
        PageLink outside = new PageLink("https://other.example.com/", "https://other.example.com/", SourcePos.of(SOURCE, 4), null);
        checker.add(page("/blog/", "index.html", Set.of(), List.of(excerpt, outside)));
        checker.add(page("/blog/tags/x/", "tags/x/index.html", Set.of(), List.of(excerpt, outside)));
        checker.add(page("/blog/a/", "a/index.html", Set.of(), List.of(excerpt, outside)));

        LinkChecker.InternalResult result = checker.checkInternal();

        assertThat(result.findings()).extracting(LinkFinding::page).containsExactly("/blog/");
        assertThat(result.externalUses()).extracting(LinkUse::page).containsExactly("/blog/");
    }

    private void site() {
        checker.add(page("/blog/", "index.html", Set.of(), List.of()));
        checker.add(page("/blog/docs/", "docs/index.html", Set.of("install"), List.of()));
        checker.add(page("/blog/%E6%96%87%E6%A1%A3/", "文档/index.html", Set.of("中文"), List.of()));
        checker.add(new ProcessedPage("/blog/atom.xml", Path.of("atom.xml"), new byte[0], List.of(), Set.of()));
        checker.addFile("img/logo big.png");
    }

    private LinkChecker.InternalResult check() {
        checker.add(page(PAGE, "a/index.html", Set.of("here"), links));
        return checker.checkInternal();
    }

    /** A link written at the next line of posts/a.md. */
    private void link(String href) {
        links.add(new PageLink(href, href, SourcePos.of(SOURCE, links.size() + 1), null));
    }

    private static LinkFinding broken(int line, String url, String status, String hint) {
        return new LinkFinding(SourcePos.of(SOURCE, line), Severity.ERROR, LinkProblem.BROKEN, url, status, PAGE, false,
                hint);
    }

    private static ProcessedPage page(String url, String outputPath, Set<String> anchors, List<PageLink> links) {
        return new ProcessedPage(url, Path.of(outputPath), "<html></html>".getBytes(StandardCharsets.UTF_8), links,
                anchors);
    }
}
