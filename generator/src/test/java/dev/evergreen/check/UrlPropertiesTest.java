package dev.evergreen.check;

import dev.evergreen.finding.LinkFinding;
import dev.evergreen.finding.LinkProblem;
import dev.evergreen.finding.Severity;
import dev.evergreen.finding.SourcePos;
import dev.evergreen.postprocess.PageLink;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any string an author writes as a link is classified, checked offline and checked against the site
 * without an exception, and gives at most one finding of bounded length. Nothing here touches a network.
 */
class UrlPropertiesTest {

    private static final String[] URL_PIECES = {"http://", "https://", "HTTP://", "//", "mailto:", "tel:", "ftp:",
        "file:", "javascript:", "data:", "a", "example.org", "xn--", "[::1]", "127.0.0.1", ":", ":80", ":99999", "@",
        "user:pw@", "/", "../", "./", "..", "?", "&", "=", "#", "%", "%zz", "%41", "%2e%2e%2f", "..%5c", "%25",
        "+", " ", "\t", "é", "中文", "\\", "<", ">", "\"", "'", "index.html", ".md", "{", "}", "|", "^", "`"};

    private static final URI BASE = URI.create("https://site.example.org/blog/");

    @Provide
    Arbitrary<String> links() {
        return Arbitraries.of(URL_PIECES).list().ofMaxSize(12).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 1000)
    void anyLinkIsClassified(@ForAll("links") String link) {
        assertThat(UrlSyntax.classify(link)).isNotNull();
    }

    @Property(tries = 300)
    void anyLinkCheckedOfflineGivesAtMostOneBoundedFinding(@ForAll("links") String link) {
        List<LinkFinding> findings = ExternalCheckFixtures.check(ExternalCheckFixtures.fast().withOffline(true),
                ExternalCheckFixtures.use(link));

        assertThat(findings).hasSizeLessThanOrEqualTo(1)
                .allSatisfy(f -> assertThat(f.detail().length()).isLessThan(link.length() + 300));
    }

    @Property(tries = 1000)
    void anyLinkCheckedAgainstTheSiteGivesAtMostOneBoundedFinding(@ForAll("links") String link) {
        SiteIndex index = new SiteIndex();
        index.addPage("index.html", Set.of("top-anchor"));
        index.addFile("a b/index.html");
        EnumMap<LinkProblem, Severity> severities = new EnumMap<>(LinkProblem.class);
        InternalLinkChecker checker = new InternalLinkChecker(index, BASE, severities);
        List<LinkFinding> findings = new ArrayList<>();

        if (!checker.isExternal(link)) {
            checker.check("/blog/post/", new PageLink(link, link, SourcePos.of(Path.of("posts/p.md"), 3), null),
                    findings::add);
        }

        assertThat(findings).hasSizeLessThanOrEqualTo(1)
                .allSatisfy(f -> assertThat(f.detail().length()).isLessThan(link.length() + 300));
    }
}
