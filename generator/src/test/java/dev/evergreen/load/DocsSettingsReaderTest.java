package dev.evergreen.load;

import dev.evergreen.finding.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocsSettingsReaderTest {

    @TempDir
    Path repo;

    private DocsSettings read(Path contentRoot, Map<String, Object> docs) {
        return new DocsSettingsReader(contentRoot, Path.of("site.yml"), 7).read(docs);
    }

    @Test
    void theRepositoryRootIsTheNearestFolderWithGitAndTheCodeRootDefaultsToIt() throws IOException {
        Files.writeString(repo.resolve(".git"), "gitdir: elsewhere");
        Path content = Files.createDirectories(repo.resolve("content/src/main/evergreen"));

        DocsSettings settings = read(content, Map.of());

        assertThat(settings.repositoryRoot()).isEqualTo(repo.toAbsolutePath());
        assertThat(settings.codeRoot()).isEqualTo(repo.toAbsolutePath());
        assertThat(settings.branch()).isEqualTo("main");
        assertThat(settings.lastUpdatedFromGit()).isFalse();
        assertThat(settings.nav()).isEmpty();
        assertThat(settings.editUrl(content.resolve("a.md"))).isEmpty();
    }

    @Test
    void withoutGitTheContentRootsParentIsTheRepositoryRoot() throws IOException {
        Path content = Files.createDirectories(repo.resolve("site"));

        assertThat(read(content, Map.of()).repositoryRoot()).isEqualTo(repo.toAbsolutePath());
    }

    @Test
    void editLinksNameTheFileBelowTheRepositoryRootPercentEncoded() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Path content = Files.createDirectories(repo.resolve("site"));

        DocsSettings settings = read(content, Map.of("repository", "https://github.com/acme/handbook/",
                "branch", "trunk", "codeRoot", "..", "lastUpdated", "git"));

        assertThat(settings.editUrl(content.resolve("docs/安装 guide.md"))).contains(
                "https://github.com/acme/handbook/edit/trunk/site/docs/%E5%AE%89%E8%A3%85%20guide.md");
        assertThat(settings.editUrl(Path.of("/elsewhere/x.md"))).isEmpty();
        assertThat(settings.codeRoot()).isEqualTo(repo.toAbsolutePath());
        assertThat(settings.lastUpdatedFromGit()).isTrue();
    }

    @Test
    void navYmlEntriesKeepTheirLinesAndAnEntryWithoutUrlIsAnErrorAtItsLine() throws IOException {
        Files.writeString(repo.resolve("nav.yml"), "# top\n- title: Guide\n  url: docs/\n- title: Code\n  url: https://x.org/\n");
        assertThat(read(repo, Map.of()).nav()).containsExactly(new NavLink("Guide", "docs/", 2),
                new NavLink("Code", "https://x.org/", 4));
        assertThat(new NavLink("Code", "https://x.org/", 4).external()).isTrue();
        assertThat(new NavLink("Guide", "docs/", 2).external()).isFalse();

        Files.writeString(repo.resolve("nav.yml"), "- title: Guide\n  url: docs/\n- title: Lost\n");
        assertThatThrownBy(() -> read(repo, Map.of())).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.file()).contains(Path.of("nav.yml"));
            assertThat(e.line()).isEqualTo(3);
        });
    }

    @Test
    void anUnknownKeyOrLastUpdatedValueIsAnErrorAtTheDocsKey() {
        assertThatThrownBy(() -> read(repo, Map.of("repo", "x"))).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.line()).isEqualTo(7));
        assertThatThrownBy(() -> read(repo, Map.of("lastUpdated", "mtime"))).hasMessageContaining("git or frontmatter");
    }
}
