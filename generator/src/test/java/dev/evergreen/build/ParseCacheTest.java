package dev.evergreen.build;

import dev.evergreen.check.CheckProgress;
import dev.evergreen.finding.Finding;
import dev.evergreen.report.ReportSink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** One-shot builds that take the parses of unchanged Markdown files from the parse cache the last one left. */
class ParseCacheTest {

    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());
    /** The basic fixture's six Markdown files and the two added here. */
    private static final int PAGES = 8;

    @TempDir
    Path tmp;
    Path source;
    Path output;
    Path code;
    BuildOptions options;
    final List<String> warnings = new ArrayList<>();
    ParseCache cache;
    BuildResult first;
    Map<String, String> firstOutput;

    @BeforeEach
    void firstBuild() throws IOException {
        source = FixtureSites.copy("basic", tmp);
        output = tmp.resolve("public");
        code = Files.createDirectories(tmp.resolve("code"));
        Files.writeString(code.resolve("Hello.java"), "class Hello {\n}\n");
        Files.writeString(source.resolve("site.yml"), "docs:\n  codeRoot: ../code\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(source.resolve("posts/notes.md"), """
                ---
                title: Notes
                date: 2024-04-01T10:00:00+02:00
                tags: [Java]
                rating: 4.5
                count: 12
                huge: 123456789012345678901234567890
                flag: true
                nothing: null
                when: 2024-04-01
                nested: {a: [1, two, {b: false}], c: ~}
                ---
                # Notes

                A revolutionary way to write notes.

                ![](../images/diagram.png)

                ```java file=Hello.java
                ```

                <!-- more -->

                The end, 中文字符.
                """);
        Files.writeString(source.resolve("uses-no-code.md"), "---\ntitle: Plain\n---\nPlain text.\n");
        options = FixtureSites.options(source, output);
        first = build();
        firstOutput = FixtureSites.snapshotTexts(output);
    }

    @Test
    void theFirstBuildParsesEveryFileAndLeavesTheCacheBesideTheBuildCache() {
        assertThat(cache.parsed()).isEqualTo(PAGES);
        assertThat(cache.reused()).isZero();
        assertThat(tmp.resolve(".evergreen/build-cache.parse")).isRegularFile();
        assertThat(warnings).isEmpty();
    }

    @Test
    void anUnchangedSiteParsesNothingAndBuildsTheSameBytesAndFindings() {
        assertThat(first.findings()).extracting(Finding::kind, f -> f.pos().displayPath(), f -> f.pos().line())
                .contains(tuple("prose", "posts/notes.md", 15), tuple("alt-text", "posts/notes.md", 17));
        deleteOutput();

        BuildResult second = build();

        assertThat(cache.parsed()).isZero();
        assertThat(cache.reused()).isEqualTo(PAGES);
        assertThat(second.findings()).isEqualTo(first.findings());
        assertThat(FixtureSites.snapshotTexts(output)).isEqualTo(firstOutput);
        assertThat(firstOutput.get("2024/04/01/notes/index.html")).contains("Hello {");
        assertThat(warnings).isEmpty();
    }

    @Test
    void anEditedFileIsTheOnlyOneParsed() throws IOException {
        replace(source.resolve("posts/first-steps.md"), "This paragraph is the excerpt.", "The excerpt, edited.");

        build();

        assertThat(cache.parsed()).isEqualTo(1);
        assertThat(cache.reused()).isEqualTo(PAGES - 1);
        assertThat(FixtureSites.snapshotTexts(output)).isEqualTo(cleanSnapshot());
    }

    @Test
    void aParserSettingParsesEveryFileButASiteTitleParsesNone() throws IOException {
        replace(source.resolve("site.yml"), "title: Fixture Developers", "title: Fixture, renamed");
        build();
        assertThat(cache.parsed()).isZero();

        replace(source.resolve("site.yml"), "timezone: Asia/Shanghai", "timezone: Europe/Paris");
        build();
        assertThat(cache.parsed()).isEqualTo(PAGES);
        assertThat(FixtureSites.snapshotTexts(output)).isEqualTo(cleanSnapshot());
    }

    @Test
    void anEditedIncludedFileParsesThePageIncludingIt() throws IOException {
        Files.writeString(code.resolve("Hello.java"), "class Hello {\n    void greet() {}\n}\n");

        build();

        assertThat(cache.parsed()).isEqualTo(1);
        assertThat(page("2024/04/01/notes/index.html")).contains("greet");
    }

    @Test
    void aCorruptCacheGivesOneWarningAndAFullParseThatWritesItAgain() throws IOException {
        Path file = ParseCache.besides(options.buildCache().orElseThrow());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(file, bytes);
        deleteOutput();

        BuildResult result = build();

        assertThat(warnings).singleElement().asString().contains(file.toString()).contains("parsing every file");
        assertThat(cache.parsed()).isEqualTo(PAGES);
        assertThat(result.findings()).isEqualTo(first.findings());
        assertThat(FixtureSites.snapshotTexts(output)).isEqualTo(cleanSnapshot());
        build();
        assertThat(cache.parsed()).isZero();
        assertThat(warnings).hasSize(1);
    }

    @Test
    void aCacheCutShortOrOfAnotherVersionIsParsedAgainWithOneWarningEach() throws IOException {
        Path file = ParseCache.besides(options.buildCache().orElseThrow());
        Files.write(file, Arrays.copyOf(Files.readAllBytes(file), 20));
        build();
        assertThat(warnings).singleElement().asString().contains("cut short").contains("parsing every file");
        assertThat(cache.parsed()).isEqualTo(PAGES);

        byte[] future = Files.readAllBytes(file);
        future[7] = (byte) (ParseCache.VERSION + 1);
        Files.write(file, future);
        build();
        assertThat(warnings).hasSize(2).last().asString().contains("format version " + (ParseCache.VERSION + 1));
        assertThat(cache.parsed()).isEqualTo(PAGES);
    }

    @Test
    void aDeletedFileLeavesTheCache() throws IOException {
        Path notes = source.resolve("uses-no-code.md");
        String text = Files.readString(notes);
        Files.delete(notes);
        build();
        assertThat(cache.reused()).isEqualTo(PAGES - 1);

        Files.writeString(notes, text);
        build();
        assertThat(cache.parsed()).isEqualTo(1);
    }

    @Test
    void aPageWithAContentErrorIsCachedWithItsFindingsAndTheOthersToo() throws IOException {
        Files.writeString(source.resolve("broken.md"), "---\ntitle: Broken\n---\nText\n\n```java file=NoSuch.java\n```\n");
        BuildResult failed = build();
        assertThat(failed.published()).isFalse();
        assertThat(cache.parsed()).isEqualTo(1);

        BuildResult again = build();

        assertThat(cache.parsed()).isZero();
        assertThat(again.findings()).isEqualTo(failed.findings()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo("code-include");
            assertThat(f.pos().line()).isEqualTo(6);
        });
    }

    @Test
    void aMissingIncludedFileThatAppearsParsesThePageAgain() throws IOException {
        Files.writeString(source.resolve("later.md"), "---\ntitle: Later\n---\n```java file=Later.java\n```\n");
        build();
        assertThat(cache.parsed()).isEqualTo(1);

        Files.writeString(code.resolve("Later.java"), "class Later {}\n");
        BuildResult result = build();

        assertThat(cache.parsed()).isEqualTo(1);
        assertThat(result.published()).isTrue();
    }

    @Test
    void aFrontMatterValueTheCacheCannotStoreIsParsedEveryTime() throws IOException {
        Files.writeString(source.resolve("set.md"), "---\ntitle: Set\nkinds: !!set {a, b}\n---\nText.\n");
        build();
        build();

        assertThat(cache.parsed()).isEqualTo(1);
        assertThat(cache.reused()).isEqualTo(PAGES);
    }

    @Test
    void noBuildCacheParsesEverythingAndWritesNoParseCache() throws IOException {
        Path file = ParseCache.besides(options.buildCache().orElseThrow());
        Files.delete(file);

        new Build(options.withBuildCache(Optional.empty()), CheckProgress.NONE, QUIET).run();

        assertThat(file).doesNotExist();
        assertThat(FixtureSites.snapshotTexts(output)).isEqualTo(cleanSnapshot());
    }

    /** A one-shot build with the parse cache but no build cache: every output is rendered from the parses. */
    private BuildResult build() {
        cache = new ParseCache(ParseCache.besides(options.buildCache().orElseThrow()), warnings::add);
        return new Build(options, CheckProgress.NONE, ReportSink.of(QUIET), WarmState.oneShot(null, cache), null,
                urls -> { }).run();
    }

    private Map<String, String> cleanSnapshot() {
        Path clean = tmp.resolve("clean");
        new Build(FixtureSites.options(source, clean).withBuildCache(Optional.empty()), CheckProgress.NONE, QUIET).run();
        return FixtureSites.snapshotTexts(clean);
    }

    private String page(String path) throws IOException {
        return Files.readString(output.resolve(path));
    }

    private void deleteOutput() {
        try (var files = Files.walk(output)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
