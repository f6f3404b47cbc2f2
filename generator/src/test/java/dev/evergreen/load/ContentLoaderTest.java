package dev.evergreen.load;

import dev.evergreen.finding.ConfigException;
import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.SourcePos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentLoaderTest {

    @TempDir
    Path root;

    @Test
    void markdownBecomesSourcesAndEveryOtherFileAnAssetInSortedOrder() throws IOException {
        write("posts/b.md", "# B");
        write("posts/a.md", "# A");
        write("about.md", "# About");
        write("img/x.png", "png");
        write("posts/a-diagram.svg", "<svg/>");

        LoadedContent content = load();

        assertThat(content.sources()).extracting(Source::slashPath)
                .containsExactly("about.md", "posts/a.md", "posts/b.md");
        assertThat(content.assets()).extracting(Asset::slashPath)
                .containsExactly("img/x.png", "posts/a-diagram.svg");
        assertThat(content.sources().get(1).file()).isEqualTo(root.resolve("posts/a.md"));
        assertThat(content.findings()).isEmpty();
    }

    @Test
    void underscoreAndDotNamesAreSkippedUnlessIncluded() throws IOException {
        write("site.yml", "include: [_redirects, .well-known]\n");
        write("_drafts/wip.md", "# WIP");
        write(".git/config", "x");
        write("posts/.hidden.md", "# hidden");
        write("_redirects", "/old /new");
        write(".well-known/security.txt", "Contact: x");
        write("index.md", "# Home");

        LoadedContent content = load();

        assertThat(content.sources()).extracting(Source::slashPath).containsExactly("index.md");
        assertThat(content.assets()).extracting(Asset::slashPath)
                .containsExactly(".well-known/security.txt", "_redirects");
    }

    @Test
    void aSectionIndexIsContentDespiteItsUnderscoreButNotInsideASkippedFolder() throws IOException {
        write("docs/_index.md", "# Docs");
        write("docs/_other.md", "# skipped");
        write("_drafts/_index.md", "# skipped with its folder");
        write("nav.yml", "- title: Docs\n  url: docs/\n");

        LoadedContent content = load();

        assertThat(content.sources()).extracting(Source::slashPath).containsExactly("docs/_index.md");
        assertThat(content.assets()).as("nav.yml configures the site").isEmpty();
        assertThat(content.config().docs().nav()).containsExactly(new NavLink("Docs", "docs/", 1));
    }

    @Test
    void siteConfigurationAndLayoutsAreNotContent() throws IOException {
        write("site.yml", "title: Mine\n");
        write("layouts/article.ftl", "<#-- override -->");
        write("layouts/partials/readme.md", "# not content");
        write("docs/site.yml", "a file of the site, not its configuration");

        LoadedContent content = load();

        assertThat(content.config().title()).isEqualTo("Mine");
        assertThat(content.sources()).isEmpty();
        assertThat(content.assets()).extracting(Asset::slashPath).containsExactly("docs/site.yml");
    }

    @Test
    void invalidUtf8IsAnEncodingErrorAtItsLine() throws IOException {
        Path bad = root.resolve("posts/bad.md");
        Files.createDirectories(bad.getParent());
        byte[] head = "---\ntitle: x\n---\ncaf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9; // Latin-1 é: not UTF-8
        bytes[head.length + 1] = '\n';
        Files.write(bad, bytes);
        write("posts/good.md", "# Good");

        LoadedContent content = load();

        assertThat(content.sources()).extracting(Source::slashPath).containsExactly("posts/good.md");
        assertThat(content.findings()).singleElement().isInstanceOfSatisfying(ContentFinding.class, f -> {
            assertThat(f.isError()).isTrue();
            assertThat(f.kind()).isEqualTo("encoding");
            assertThat(f.pos()).isEqualTo(new SourcePos(Path.of("posts/bad.md"), 4, 0));
            assertThat(f.detail()).contains("0xE9").contains("line 4");
        });
    }

    @Test
    void byteOrderMarkIsRemovedAndLineEndingsBecomeNewlines() throws IOException {
        write("page.md", "\uFEFF---\r\ntitle: x\r\n---\r\nold mac\rline\r\n");

        LoadedContent content = load();

        assertThat(content.sources()).singleElement()
                .extracting(Source::text).isEqualTo("---\ntitle: x\n---\nold mac\nline\n");
    }

    @Test
    void symbolicLinkLeavingTheRootIsAFindingNotContent(@TempDir Path elsewhere) throws IOException {
        Path secret = elsewhere.resolve("secret.md");
        Files.writeString(secret, "# Secret");
        Files.createDirectories(root.resolve("posts"));
        Files.createSymbolicLink(root.resolve("posts/linked.md"), secret);
        write("posts/inside.md", "# Inside");
        Files.createSymbolicLink(root.resolve("posts/alias.md"), root.resolve("posts/inside.md"));

        LoadedContent content = load();

        assertThat(content.sources()).extracting(Source::slashPath).containsExactly("posts/alias.md", "posts/inside.md");
        assertThat(content.findings()).singleElement().isInstanceOfSatisfying(ContentFinding.class, f -> {
            assertThat(f.isError()).isTrue();
            assertThat(f.kind()).isEqualTo("outside-root");
            assertThat(f.pos()).isEqualTo(SourcePos.wholeFile(Path.of("posts/linked.md")));
        });
    }

    @Test
    void outputDirectoryInsideTheRootIsNotRead() throws IOException {
        write("index.md", "# Home");
        write("public/index.html", "<html></html>");
        write("public/old/page.md", "# left over");
        write("publications/paper.pdf", "pdf");

        LoadedContent content = new ContentLoader(root, List.of(root.resolve("public"))).load();

        assertThat(content.sources()).extracting(Source::slashPath).containsExactly("index.md");
        assertThat(content.assets()).extracting(Asset::slashPath).containsExactly("publications/paper.pdf");
    }

    @Test
    void missingContentDirectoryIsAConfigurationError() {
        Path missing = root.resolve("nope");

        assertThatThrownBy(() -> new ContentLoader(missing, List.of()).load())
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.file()).contains(missing));
    }

    private LoadedContent load() {
        return new ContentLoader(root, List.of()).load();
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
