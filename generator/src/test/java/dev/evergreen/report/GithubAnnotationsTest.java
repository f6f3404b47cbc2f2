package dev.evergreen.report;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.LinkFinding;
import dev.evergreen.finding.LinkProblem;
import dev.evergreen.finding.Severity;
import dev.evergreen.finding.SourcePos;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GithubAnnotationsTest {

    private final GithubAnnotations plain = new GithubAnnotations(Path.of("content"), Map.of());

    @Test
    void errorWithLineAndColumn() {
        LinkFinding finding = new LinkFinding(new SourcePos(Path.of("posts", "a.md"), 12, 5), Severity.ERROR,
                LinkProblem.BROKEN, "https://x.example/y", "404", "/a/", true, "");

        assertThat(plain.command(finding)).isEqualTo("::error file=posts/a.md,line=12,col=5,title=broken::https://x.example/y (404)");
    }

    @Test
    void wholeFileFindingHasNoLine() {
        assertThat(plain.command(ContentFinding.warning(SourcePos.wholeFile(Path.of("a.md")), "encoding", "not UTF-8")))
                .isEqualTo("::warning file=a.md,title=encoding::not UTF-8");
    }

    @Test
    void escapesDataAndProperties() {
        ContentFinding finding = ContentFinding.error(SourcePos.of(Path.of("odd,name:1.md"), 2), "k:v,w",
                "100% wrong\r\nnext: line, here");

        assertThat(plain.command(finding)).isEqualTo(
                "::error file=odd%2Cname%3A1.md,line=2,title=k%3Av%2Cw::100%25 wrong%0D%0Anext: line, here");
    }

    @Test
    void pathsAreMadeRelativeToTheCheckout(@TempDir Path checkout) {
        GithubAnnotations inRepo = new GithubAnnotations(checkout.resolve("site/content"),
                Map.of("GITHUB_WORKSPACE", checkout.toString()));
        GithubAnnotations elsewhere = new GithubAnnotations(Path.of("/somewhere/else"),
                Map.of("GITHUB_WORKSPACE", checkout.toString()));
        ContentFinding finding = ContentFinding.error(SourcePos.of(Path.of("a.md"), 1), "date", "bad");

        assertThat(inRepo.command(finding)).startsWith("::error file=site/content/a.md,");
        assertThat(elsewhere.command(finding)).startsWith("::error file=a.md,");
    }

    @Test
    void wantedOnlyWhenGithubActionsIsTrue() {
        assertThat(GithubAnnotations.wanted(Map.of("GITHUB_ACTIONS", "true"))).isTrue();
        assertThat(GithubAnnotations.wanted(Map.of("CI", "true"))).isFalse();
    }
}
