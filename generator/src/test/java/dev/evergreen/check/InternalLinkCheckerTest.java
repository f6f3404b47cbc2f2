package dev.evergreen.check;

import dev.evergreen.finding.LinkFinding;
import dev.evergreen.finding.LinkProblem;
import dev.evergreen.finding.Severity;
import dev.evergreen.finding.SourcePos;
import dev.evergreen.postprocess.PageLink;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class InternalLinkCheckerTest {

    private static final SourcePos POS = SourcePos.of(Path.of("guide/setup.md"), 3);

    private final SiteIndex index = new SiteIndex();
    private final InternalLinkChecker checker = new InternalLinkChecker(index, URI.create("https://example.org/"),
            Map.of(LinkProblem.BROKEN, Severity.ERROR));

    @Test
    void externalMeansAnotherHostOrPortOrANonWebScheme() {
        assertThat(checker.isExternal("https://example.org/a/")).isFalse();
        assertThat(checker.isExternal("http://EXAMPLE.org/a/")).isFalse();
        assertThat(checker.isExternal("//example.org/a/")).isFalse();
        assertThat(checker.isExternal("/a/b:c/")).isFalse();
        assertThat(checker.isExternal("a/b:c")).isFalse();
        assertThat(checker.isExternal("https://example.org:8443/")).isTrue();
        assertThat(checker.isExternal("https://www.example.org/")).isTrue();
        assertThat(checker.isExternal("ftp://example.org/file")).isTrue();
        assertThat(checker.isExternal("tel:+4912345")).isTrue();
    }

    @Test
    void directoryWithoutTrailingSlashIsItsIndexAndItsAnchorsCount() {
        index.addPage("docs/index.html", Set.of("install"));

        assertThat(check("/docs#install")).isEmpty();
        assertThat(check("/docs#other")).extracting(LinkFinding::problem).containsExactly(LinkProblem.MISSING_ANCHOR);
    }

    /** Hosts serve {@code about.html} at {@code /about}, as Hexo's {@code pretty_urls.trailing_html: false} links it. */
    @Test
    void pathWithoutExtensionIsItsHtmlFileWhenThereIsOne() {
        index.addPage("2023/06/04/post.html", Set.of("intro"));
        index.addFile("notes");

        assertThat(check("/2023/06/04/post#intro")).isEmpty();
        assertThat(check("/2023/06/04/post#gone")).extracting(LinkFinding::problem)
                .containsExactly(LinkProblem.MISSING_ANCHOR);
        assertThat(check("/notes")).isEmpty();
        assertThat(check("/2023/06/04/other")).extracting(LinkFinding::problem).containsExactly(LinkProblem.BROKEN);
        assertThat(check("/2023/06/04/post.htm")).extracting(LinkFinding::problem).containsExactly(LinkProblem.BROKEN);
    }

    @Test
    void fragmentsOfFilesThatAreNotPagesAreNotChecked() {
        index.addFile("slides.pdf");

        assertThat(check("/slides.pdf#page=3")).isEmpty();
    }

    @Test
    void problemsWithoutAConfiguredSeverityAreWarnings() {
        index.addPage("index.html", Set.of());

        assertThat(check("/#gone")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pos()).isEqualTo(POS);
            assertThat(f.page()).isEqualTo("/guide/");
            assertThat(f.external()).isFalse();
        });
        assertThat(check("/missing.png")).extracting(LinkFinding::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void unparsableLinkIsASyntaxProblem() {
        assertThat(check("/a b/%zz[")).singleElement().satisfies(f -> {
            assertThat(f.problem()).isEqualTo(LinkProblem.SYNTAX);
            assertThat(f.status()).isEqualTo("malformed URL");
        });
    }

    private List<LinkFinding> check(String href) {
        List<LinkFinding> findings = new ArrayList<>();
        checker.check("/guide/", new PageLink(href, href, POS, null), findings::add);
        return findings;
    }
}
