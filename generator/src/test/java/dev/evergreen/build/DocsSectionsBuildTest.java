package dev.evergreen.build;

import dev.evergreen.finding.Finding;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A documentation section built end to end inside a real git repository: the sidebar, breadcrumbs and
 * reading order in the HTML, edit links and commit dates, code included from the repository, and
 * navigation links checked like any other.
 */
class DocsSectionsBuildTest {

    @TempDir
    Path repo;
    private Path site;

    @BeforeEach
    void repository() throws IOException, InterruptedException {
        site = repo.resolve("handbook");
        write("src/Example.java", """
                class Example {
                    // region main
                    void main() {
                        System.out.println("included");
                    }
                    // endregion
                }
                """);
        write("handbook/site.yml", """
                title: Handbook
                baseUrl: https://example.org/
                docs:
                  repository: https://git.example.org/acme/handbook
                  branch: trunk
                  lastUpdated: git
                """);
        write("handbook/nav.yml", """
                - title: Guide
                  url: docs/
                - title: Source
                  url: https://git.example.org/acme/handbook
                """);
        write("handbook/docs/_index.md", "---\ntitle: Guide\n---\nStart here.\n");
        write("handbook/docs/install.md", """
                ---
                title: Install
                weight: 1
                ---
                ```java file=src/Example.java region=main
                ```
                """);
        write("handbook/docs/usage.md", "---\ntitle: Usage\nweight: 2\n---\n> [!TIP]\n> Use it.\n");
        write("handbook/docs/plugin/_index.md", "---\ntitle: Plugin\nweight: 3\n---\nGoals.\n");
        write("handbook/docs/plugin/goals.md", "---\ntitle: Goals\n---\nAll goals.\n");
        git("2024-03-05T10:00:00+00:00", "init", "-q");
        git("2024-03-05T10:00:00+00:00", "add", ".");
        git("2024-03-05T10:00:00+00:00", "commit", "-q", "-m", "first");
        write("handbook/docs/usage.md", "---\ntitle: Usage\nweight: 2\n---\n> [!TIP]\n> Use it well.\n");
        git("2024-06-01T08:30:00+00:00", "commit", "-q", "-am", "second");
    }

    @Test
    void aDocPageHasItsSidebarBreadcrumbsNeighboursAndEditLink() throws IOException {
        BuildResult result = build();

        assertThat(result.findings()).noneMatch(Finding::isError);
        Document goals = page("docs/plugin/goals/index.html");
        assertThat(goals.select(".doc-nav-title a").attr("href")).isEqualTo("/docs/");
        assertThat(goals.select(".doc-nav > ul > li > a, .doc-nav > ul > li summary").eachText())
                .containsExactly("Install", "Usage", "Plugin");
        assertThat(goals.select(".doc-nav details a").eachAttr("href"))
                .as("a summary holds no link: the sub-section's page is its first entry")
                .containsExactly("/docs/plugin/", "/docs/plugin/goals/");
        assertThat(goals.select(".doc-nav [aria-current=page]").text()).isEqualTo("Goals");
        assertThat(goals.select(".doc-nav details").hasAttr("open")).as("the current page's section is unfolded")
                .isTrue();
        assertThat(goals.select(".breadcrumbs li").eachText()).containsExactly("Guide", "Plugin", "Goals");
        assertThat(goals.select("a[rel=prev]").attr("href")).isEqualTo("/docs/plugin/");
        assertThat(goals.select("a[rel=next]")).isEmpty();
        assertThat(goals.select(".edit-link a").attr("href"))
                .isEqualTo("https://git.example.org/acme/handbook/edit/trunk/handbook/docs/plugin/goals.md");
        assertThat(page("docs/install/index.html").select(".doc-nav details").hasAttr("open")).isFalse();
        assertThat(goals.select(".site-nav a").eachAttr("href"))
                .startsWith("/docs/", "https://git.example.org/acme/handbook");
    }

    @Test
    void lastUpdatedIsTheDateOfTheLastCommitTouchingTheFile() throws IOException {
        build();

        assertThat(page("docs/usage/index.html").select("time.updated").attr("datetime"))
                .isEqualTo("2024-06-01T08:30:00Z");
        assertThat(page("docs/install/index.html").select("time.updated").attr("datetime"))
                .isEqualTo("2024-03-05T10:00:00Z");
    }

    @Test
    void codeAndCalloutsReachThePage() throws IOException {
        build();

        Element code = page("docs/install/index.html").selectFirst(".content pre code");
        assertThat(code.wholeText()).isEqualTo("void main() {\n    System.out.println(\"included\");\n}\n");
        assertThat(page("docs/usage/index.html").select(".admonition-tip .admonition-title").text()).isEqualTo("Tip");
    }

    @Test
    void aBrokenNavigationLinkIsReportedAtItsLineInNavYml() throws IOException {
        write("handbook/nav.yml", "- title: Guide\n  url: docs/\n- title: Broken on purpose\n  url: /nowhere/\n");

        BuildResult result = build();

        List<Finding> broken = result.findings().stream().filter(f -> f.detail().contains("/nowhere/")).toList();
        assertThat(broken).isNotEmpty().allSatisfy(f -> {
            assertThat(f.pos().displayPath()).isEqualTo("nav.yml");
            assertThat(f.pos().line()).isEqualTo(3);
            assertThat(f.isError()).isTrue();
            assertThat(f.kind()).isEqualTo("broken");
        });
        assertThat(result.findings()).filteredOn(Finding::isError).isEqualTo(broken);
        Document home = page("index.html");
        assertThat(home.select(".site-nav a[href=/nowhere/]")).hasSize(1);
        assertThat(home.select("[data-eg-src]")).isEmpty();
        assertThat(page("docs/install/index.html").select("[data-eg-src]")).isEmpty();
    }

    @Test
    void aPageNoNavigationReachesIsAnOrphanWarning() throws IOException {
        write("handbook/docs/_index.md", "---\ntitle: Guide\norder: [install.md, usage.md]\n---\nStart here.\n");

        BuildResult result = build();

        assertThat(result.findings()).filteredOn(f -> f.kind().equals("orphan-page"))
                .extracting(f -> f.pos().displayPath())
                .containsExactly("docs/plugin/_index.md", "docs/plugin/goals.md");
    }

    @Test
    void aMissingIncludedFileIsAnErrorAtTheMarkdownLine() throws IOException {
        write("handbook/docs/install.md", "---\ntitle: Install\n---\nText\n\n```java file=src/Gone.java\n```\n");

        BuildResult result = build();

        assertThat(result.findings()).filteredOn(Finding::isError).singleElement().satisfies(f -> {
            assertThat(f.pos().displayPath()).isEqualTo("docs/install.md");
            assertThat(f.pos().line()).isEqualTo(6);
            assertThat(f.kind()).isEqualTo("code-include");
        });
    }

    private BuildResult build() {
        return new Build(FixtureSites.options(site, repo.resolve("public")),
                dev.evergreen.check.CheckProgress.NONE, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                .run();
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(repo.resolve("public").resolve(path), StandardCharsets.UTF_8));
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void git(String date, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@t",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_AUTHOR_DATE", date);
        builder.environment().put("GIT_COMMITTER_DATE", date);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
    }
}
