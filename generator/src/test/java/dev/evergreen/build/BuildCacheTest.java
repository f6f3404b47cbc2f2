package dev.evergreen.build;

import dev.evergreen.check.CheckProgress;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.LinkFinding;
import dev.evergreen.report.ReportSink;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** One-shot builds that start from the build cache the previous one left on disk. */
class BuildCacheTest {

    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

    @TempDir
    Path tmp;
    Path source;
    Path output;
    BuildOptions options;
    final List<String> warnings = new ArrayList<>();
    /** What the last {@link #build()} rendered rather than kept. */
    Set<String> rendered;
    /** Everything the first build rendered: every page, feed and theme file. */
    Set<String> everything;

    @BeforeEach
    void firstBuild() {
        source = FixtureSites.copy("basic", tmp);
        output = tmp.resolve("public");
        options = FixtureSites.options(source, output);
        build();
        everything = rendered;
    }

    @Test
    void theCacheLivesBesideTheContentOutsideTheOutput() {
        assertThat(options.buildCache()).contains(tmp.resolve(".evergreen/build-cache"));
        assertThat(tmp.resolve(".evergreen/build-cache")).isRegularFile();
        assertThat(everything).contains("index.html", "2024/01/10/first-steps/index.html", "atom.xml",
                "assets/evergreen.css");
    }

    @Test
    void aSecondBuildOfAnUnchangedSiteRendersNothingAndRewritesNoFile() {
        Map<String, FileTime> before = times(output);

        BuildResult result = build();

        assertThat(result.published()).isTrue();
        assertThat(rendered).isEmpty();
        assertThat(times(output)).isEqualTo(before);
        assertThat(warnings).isEmpty();
    }

    @Test
    void anEditedArticleRendersItselfItsNeighboursAndThePagesListingIt() throws IOException {
        replace(source.resolve("posts/first-steps.md"), "This paragraph is the excerpt.", "The excerpt, edited.");

        build();

        assertThat(rendered).containsExactlyInAnyOrder(
                "2024/01/10/first-steps/index.html",
                "archives/index.html", "atom.xml", "categories/guides/index.html", "page/2/index.html", "rss.xml",
                "search-index/shard-0.js", "search-index/shard-0.json", "tags/getting-started/index.html",
                "tags/java/page/2/index.html");
        assertThat(Files.readString(output.resolve("2024/01/10/first-steps/index.html"))).contains("The excerpt, edited.");
        assertThat(FixtureSites.snapshotTexts(output)).isEqualTo(FixtureSites.snapshotTexts(cleanBuild()));
    }

    @Test
    void aNewTitleAlsoRendersTheNeighboursShowingIt() throws IOException {
        replace(source.resolve("posts/first-steps.md"), "title: First steps with Fixture", "title: First steps, renamed");

        build();

        String neighbour = "2024/02/20/chinese/index.html";
        assertThat(rendered).contains("2024/01/10/first-steps/index.html", neighbour)
                .doesNotContain("2024/03/05/deep-dive/index.html", "about/index.html", "404.html");
        assertThat(Jsoup.parse(output.resolve(neighbour).toFile(), "UTF-8").text()).contains("First steps, renamed");
        assertThat(FixtureSites.snapshotTexts(output)).isEqualTo(FixtureSites.snapshotTexts(cleanBuild()));
    }

    @Test
    void aRenamedDocPageRendersTheDocPagesWhoseSidebarShowsIt() throws IOException {
        source = tmp.resolve("handbook");
        output = tmp.resolve("handbook-out");
        options = FixtureSites.options(source, output);
        Files.createDirectories(source.resolve("docs"));
        Files.writeString(source.resolve("site.yml"), "title: Handbook\nbaseUrl: https://example.org/\n");
        Files.writeString(source.resolve("docs/_index.md"), "---\ntitle: Guide\n---\nStart here.\n");
        Files.writeString(source.resolve("docs/install.md"), "---\ntitle: Install\nweight: 1\n---\nInstall it.\n");
        Files.writeString(source.resolve("docs/configure.md"), "---\ntitle: Configure\nweight: 2\n---\nConfigure it.\n");
        build();

        replace(source.resolve("docs/install.md"), "title: Install", "title: Installing");
        build();

        assertThat(rendered).contains("docs/install/index.html", "docs/configure/index.html", "docs/index.html");
        assertThat(Jsoup.parse(output.resolve("docs/configure/index.html").toFile(), "UTF-8").text()).contains("Installing");
        assertThat(FixtureSites.snapshotTexts(output)).isEqualTo(FixtureSites.snapshotTexts(cleanBuild()));
    }

    @Test
    void anEditedSiteTemplateRendersOnlyThePagesUsingIt() throws IOException {
        Path layout = source.resolve("layouts/page.ftl");
        Files.createDirectories(layout.getParent());
        Files.writeString(layout, "<!doctype html><title>${page.title}</title><main>${item.contentHtml?no_esc}</main>");

        build();

        assertThat(rendered).containsExactly("about/index.html");
        assertThat(Jsoup.parse(output.resolve("about/index.html").toFile(), "UTF-8").select("main")).hasSize(1);
        assertThat(FixtureSites.snapshotTexts(output)).isEqualTo(FixtureSites.snapshotTexts(cleanBuild()));
    }

    @Test
    void aCorruptCacheGivesOneWarningAndAFullBuildThatWritesItAgain() throws IOException {
        Path cache = options.buildCache().orElseThrow();
        byte[] bytes = Files.readAllBytes(cache);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(cache, bytes);

        BuildResult result = build();

        assertThat(warnings).singleElement().asString().contains(cache.toString()).contains("rebuilding it");
        assertThat(rendered).isEqualTo(everything);
        assertThat(result.published()).isTrue();
        assertThat(FixtureSites.snapshotTexts(output)).isEqualTo(FixtureSites.snapshotTexts(cleanBuild()));
        build();
        assertThat(rendered).isEmpty();
        assertThat(warnings).hasSize(1);
    }

    @Test
    void aCacheCutShortOrOfAnotherVersionIsRebuiltWithOneWarningEach() throws IOException {
        Path cache = options.buildCache().orElseThrow();
        byte[] bytes = Files.readAllBytes(cache);
        Files.write(cache, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        build();
        assertThat(warnings).singleElement().asString().contains("cut short").contains("rebuilding it");
        assertThat(rendered).isEqualTo(everything);

        byte[] future = Files.readAllBytes(cache);
        future[7] = (byte) (BuildCacheCodec.VERSION + 1);
        Files.write(cache, future);
        build();
        assertThat(warnings).hasSize(2).last().asString().contains("format version " + (BuildCacheCodec.VERSION + 1));
        assertThat(rendered).isEqualTo(everything);
    }

    @Test
    void anOutputEditedByHandIsRenderedAgain() throws IOException {
        Path page = output.resolve("2024/03/05/deep-dive/index.html");
        String published = Files.readString(page);
        Files.writeString(page, published.replace("</body>", "<p>hand edit</p></body>"));
        Files.delete(output.resolve("tags/java/index.html"));

        build();

        assertThat(rendered).containsExactlyInAnyOrder("2024/03/05/deep-dive/index.html", "tags/java/index.html");
        assertThat(page).hasContent(published);
    }

    @Test
    void aChangedSiteYmlRendersEverything() throws IOException {
        replace(source.resolve("site.yml"), "title: Fixture Developers", "title: Fixture Developers Renamed");

        build();

        assertThat(rendered).isEqualTo(everything);
        assertThat(output.resolve("index.html")).content().contains("Fixture Developers Renamed");
    }

    @Test
    void otherOptionsUseTheirOwnKey() {
        options = options.withDrafts(true);
        build();
        assertThat(rendered).isNotEmpty();

        options = options.withDrafts(false);
        build();
        assertThat(rendered).isNotEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void theLinksOfKeptPagesAreStillChecked() throws IOException {
        replace(source.resolve("posts/deep-dive.md"), "\n## How it works", "\nSee [the missing page](/nowhere/).\n\n## How it works");
        BuildResult first = build();
        assertThat(brokenLinks(first)).singleElement().asString().contains("posts/deep-dive.md");

        BuildResult second = build();

        assertThat(rendered).isEmpty();
        assertThat(brokenLinks(second)).isEqualTo(brokenLinks(first));
    }

    @Test
    void contentErrorsLeaveTheOutputAndTheCacheAsTheyWere() throws IOException {
        Path cache = options.buildCache().orElseThrow();
        byte[] cached = Files.readAllBytes(cache);
        Map<String, FileTime> before = times(output);
        replace(source.resolve("posts/first-steps.md"), "date: 2024-01-10", "date: [not a date");

        BuildResult result = build();

        assertThat(result.published()).isFalse();
        assertThat(cache).hasBinaryContent(cached);
        assertThat(times(output)).isEqualTo(before);
    }

    @Test
    void noBuildCacheRendersEverythingAndWritesNoCache() throws IOException {
        Path cache = options.buildCache().orElseThrow();
        Files.delete(cache);
        options = options.withBuildCache(java.util.Optional.empty());

        build();

        assertThat(rendered).isEqualTo(everything);
        assertThat(cache).doesNotExist();
    }

    private BuildResult build() {
        BuildCache cache = options.buildCache().isEmpty() ? null : new BuildCache(options, null, warnings::add);
        WarmState state = WarmState.oneShot(cache, null);
        BuildResult result = new Build(options, CheckProgress.NONE, ReportSink.of(QUIET), state, null, urls -> { })
                .run();
        rendered = new TreeSet<>(state.renderedOutputs().stream().map(p -> p.toString().replace('\\', '/')).toList());
        return result;
    }

    private Path cleanBuild() {
        Path clean = tmp.resolve("clean");
        new Build(FixtureSites.options(source, clean).withBuildCache(java.util.Optional.empty()), CheckProgress.NONE,
                QUIET).run();
        return clean;
    }

    private static List<String> brokenLinks(BuildResult result) {
        return result.findings().stream().filter(f -> f instanceof LinkFinding && f.detail().contains("/nowhere/"))
                .map(Finding::toString).toList();
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static Map<String, FileTime> times(Path root) {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                times.put(root.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return times;
    }
}
