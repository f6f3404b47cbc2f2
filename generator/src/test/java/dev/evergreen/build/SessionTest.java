package dev.evergreen.build;

import dev.evergreen.check.CheckProgress;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(0);
    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

    @TempDir
    Path tmp;
    Path source;
    Path output;

    @Test
    void aRebuildAfterAnEditPublishesWhatACleanBuildWould() throws IOException {
        Session session = warmSession();

        replace(source.resolve("posts/first-steps.md"), "This paragraph is the excerpt.", "The excerpt, edited.");
        BuildResult result = session.rebuild(Set.of(Path.of("posts/first-steps.md")));

        assertThat(result.published()).isTrue();
        assertThat(texts(output)).isEqualTo(texts(cleanBuild()));
        assertThat(Files.readString(output.resolve("2024/01/10/first-steps/index.html")))
                .contains("The excerpt, edited.");
    }

    @Test
    void anEditRewritesTheItemAndThePagesListingItAndNothingElse() throws IOException {
        Session session = warmSession();
        age(output);

        replace(source.resolve("posts/first-steps.md"), "This paragraph is the excerpt.", "The excerpt, edited.");
        session.rebuild(Set.of(source.resolve("posts/first-steps.md")));

        assertThat(rewritten(output)).containsExactly(
                "2024/01/10/first-steps/index.html", "atom.xml", "categories/guides/index.html",
                "page/2/index.html", "rss.xml", "search-index/shard-0.js", "search-index/shard-0.json",
                "tags/getting-started/index.html", "tags/java/page/2/index.html");
    }

    @Test
    void anEditBelowTheExcerptRewritesOnlyTheItemAndItsSearchIndexShard() throws IOException {
        Session session = warmSession();
        age(output);

        replace(source.resolve("posts/first-steps.md"), "## Configure", "## Configure it");
        session.rebuild(Set.of(Path.of("posts/first-steps.md")));

        // Lists and feeds show the excerpt only: they are rendered again, but their bytes did not change.
        // The search index holds the headings: the item's shard changes, the manifest listing the shards does not.
        assertThat(rewritten(output)).containsExactly(
                "2024/01/10/first-steps/index.html", "search-index/shard-0.js", "search-index/shard-0.json");
    }

    @Test
    void anEditedLayoutRewritesThePagesThatUseIt() throws IOException {
        Session session = warmSession();
        age(output);

        Path layout = source.resolve("layouts/page.ftl");
        Files.createDirectories(layout.getParent());
        Files.writeString(layout, "<!doctype html><title>${page.title}</title><main>${item.contentHtml?no_esc}</main>");
        session.rebuild(Set.of(Path.of("layouts/page.ftl")));

        assertThat(rewritten(output)).containsExactly("about/index.html");
        assertThat(texts(output)).isEqualTo(texts(cleanBuild()));
    }

    @Test
    void anEditedLayoutRendersOnlyThePagesUsingItAndAnEditedPartialEveryPageIncludingIt() throws IOException {
        Session session = warmSession();
        Path layouts = Files.createDirectories(source.resolve("layouts"));

        Files.writeString(layouts.resolve("page.ftl"), "<!doctype html><title>${page.title}</title><main>${item.contentHtml?no_esc}</main>");
        session.rebuild(Set.of(Path.of("layouts/page.ftl")));
        assertThat(session.lastRendered()).containsExactly(Path.of("about/index.html"));

        Files.writeString(layouts.resolve("page.ftl"), "<!doctype html><title>${page.title}</title><#include \"_footer.ftl\">");
        Files.writeString(layouts.resolve("_footer.ftl"), "<footer>one</footer>");
        session.rebuild(Set.of(Path.of("layouts/page.ftl"), Path.of("layouts/_footer.ftl")));
        Files.writeString(layouts.resolve("_footer.ftl"), "<footer>two</footer>");
        session.rebuild(Set.of(Path.of("layouts/_footer.ftl")));

        assertThat(session.lastRendered()).containsExactly(Path.of("about/index.html"));
        assertThat(output.resolve("about/index.html")).content().contains("<footer>two</footer>");
        assertThat(texts(output)).isEqualTo(texts(cleanBuild()));
    }

    @Test
    void anEditedTemplateOfAThemeFolderRendersOnlyThePagesUsingIt() throws IOException {
        source = FixtureSites.copy("basic", tmp);
        Path theme = source.resolve("mytheme");
        try (Stream<Path> files = Stream.of("theme.txt", "static", "templates")
                .flatMap(part -> walk(Path.of("../themes/default", part)))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = theme.resolve(Path.of("../themes/default").relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        Files.writeString(source.resolve("site.yml"), Files.readString(source.resolve("site.yml")) + "theme: ./mytheme\n");
        output = tmp.resolve("warm");
        Session session = new Session(FixtureSites.options(source, output), CheckProgress.NONE, QUIET);
        session.build();

        replace(theme.resolve("templates/page.ftl"), "<article class=\"item page\"", "<article class=\"item page edited\"");
        session.rebuild(Set.of(theme.resolve("templates/page.ftl")));

        assertThat(session.lastRendered()).containsExactly(Path.of("about/index.html"));
        assertThat(Jsoup.parse(output.resolve("about/index.html").toFile(), "UTF-8").select("article.edited")).hasSize(1);
        assertThat(texts(output)).isEqualTo(texts(cleanBuild()));
    }

    @Test
    void aRebuildWithContentErrorsKeepsThePublishedSiteAndTheNextOneRecovers() throws IOException {
        Session session = warmSession();
        Map<String, String> before = texts(output);
        Path post = source.resolve("posts/first-steps.md");
        String original = Files.readString(post);

        Files.writeString(post, original.replace("date: 2024-01-10", "date: [not a date"));
        BuildResult broken = session.rebuild(Set.of(Path.of("posts/first-steps.md")));

        assertThat(broken.published()).isFalse();
        assertThat(texts(output)).isEqualTo(before);

        Files.writeString(post, original.replace("This paragraph is the excerpt.", "Fixed."));
        assertThat(session.rebuild(Set.of(Path.of("posts/first-steps.md"))).published()).isTrue();
        assertThat(texts(output)).isEqualTo(texts(cleanBuild()));
    }

    @Test
    void theEditedPageIsPublishedAheadOfThePagesListingIt() throws IOException {
        Session session = warmSession();
        // A home page template that fails on one title shows what was published before it ran.
        Path layout = source.resolve("layouts/index.ftl");
        Files.createDirectories(layout.getParent());
        Files.writeString(layout, "<#list list.items as entry><#if entry.title?contains('BOOM')>${entry.noSuchField}"
                + "</#if><p>${entry.title}</p></#list>");
        session.rebuild(Set.of(layout));

        replace(source.resolve("posts/first-steps.md"), "title: First steps", "title: BOOM First steps");
        assertThatThrownBy(() -> session.rebuild(Set.of(Path.of("posts/first-steps.md"))))
                .hasMessageContaining("index.ftl");

        assertThat(output.resolve("2024/01/10/first-steps/index.html")).content().contains("BOOM First steps");
        assertThat(output.resolve("page/2/index.html")).content().contains("First steps").doesNotContain("BOOM");
    }

    @Test
    void anEditedPageWaitsWhileAnotherFileHasAContentError() throws IOException {
        Session session = warmSession();
        Map<String, String> before = texts(output);
        Path other = source.resolve("posts/deep-dive.md");
        replace(other, "date: ", "date: [not a date ");
        session.rebuild(Set.of(Path.of("posts/deep-dive.md")));

        replace(source.resolve("posts/first-steps.md"), "This paragraph is the excerpt.", "The excerpt, edited.");
        BuildResult result = session.rebuild(Set.of(Path.of("posts/first-steps.md")));

        assertThat(result.published()).isFalse();
        assertThat(texts(output)).isEqualTo(before);
    }

    @Test
    void anEditThatMovesThePageIsNotPublishedAheadAtItsOldPlace() throws IOException {
        Session session = warmSession();

        replace(source.resolve("posts/first-steps.md"), "title: ", "slug: moved\ntitle: ");
        session.rebuild(Set.of(Path.of("posts/first-steps.md")));

        assertThat(output.resolve("2024/01/10/first-steps/index.html")).doesNotExist();
        assertThat(texts(output)).isEqualTo(texts(cleanBuild()));
    }

    @Test
    void aSessionStartsFromTheCachesTheLastBuildLeft() throws IOException {
        source = FixtureSites.copy("basic", tmp);
        output = tmp.resolve("warm");
        FixtureSites.quietBuild(source, output);
        Map<String, FileTime> times = times(output);

        Session session = new Session(FixtureSites.options(source, output), CheckProgress.NONE, QUIET);
        session.build();

        assertThat(session.lastRendered()).isEmpty();
        assertThat(times(output)).isEqualTo(times);
        replace(source.resolve("posts/first-steps.md"), "This paragraph is the excerpt.", "The excerpt, edited.");
        session.rebuild(Set.of(Path.of("posts/first-steps.md")));
        assertThat(texts(output)).isEqualTo(texts(cleanBuild()));
    }

    @Test
    void anAddedFileRebuildsEverythingItTouches() throws IOException {
        Session session = warmSession();

        Files.writeString(source.resolve("posts/new.md"), "---\ntitle: New\ndate: 2024-06-01\n---\nNew post.\n");
        session.rebuild(Set.of(Path.of("posts/new.md")));

        assertThat(output.resolve("2024/06/01/new/index.html")).exists();
        assertThat(texts(output)).isEqualTo(texts(cleanBuild()));
    }

    @Test
    void anEditedIncludedFileRebuildsThePagesIncludingIt() throws IOException {
        source = FixtureSites.copy("basic", tmp);
        Path code = Files.createDirectories(tmp.resolve("code")).resolve("Example.java");
        Files.writeString(code, "class Example { int version = 1; }\n");
        Files.writeString(source.resolve("posts/first-steps.md"), Files.readString(source.resolve("posts/first-steps.md"))
                + "\n```java file=code/Example.java\n```\n");
        output = tmp.resolve("warm");
        Session session = new Session(FixtureSites.options(source, output), CheckProgress.NONE, QUIET);
        session.build();
        assertThat(session.includedFiles()).containsExactly(code);
        age(output);

        Files.writeString(code, "class Example { int version = 2; }\n");
        BuildResult result = session.rebuild(Set.of(code));

        assertThat(result.published()).isTrue();
        assertThat(Jsoup.parse(output.resolve("2024/01/10/first-steps/index.html").toFile(), "UTF-8")
                .select("pre code").text()).contains("version = 2");
        assertThat(rewritten(output)).contains("2024/01/10/first-steps/index.html")
                .doesNotContain("2024/03/05/deep-dive/index.html");
    }

    private static Stream<Path> walk(Path path) {
        try {
            return Files.walk(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A session over a copy of the basic site, after its first build into {@link #output}. */
    private Session warmSession() {
        source = FixtureSites.copy("basic", tmp);
        output = tmp.resolve("warm");
        Session session = new Session(FixtureSites.options(source, output), CheckProgress.NONE, QUIET);
        session.build();
        return session;
    }

    private Path cleanBuild() {
        Path clean = tmp.resolve("clean");
        new Build(FixtureSites.options(source, clean), CheckProgress.NONE, QUIET).run();
        return clean;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static void age(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
    }

    private static Map<String, FileTime> times(Path root) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                times.put(root.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }

    private static Set<String> rewritten(Path root) throws IOException {
        Set<String> paths = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!Files.getLastModifiedTime(file).equals(LONG_AGO)) {
                    paths.add(root.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        return paths;
    }

    private static Map<String, String> texts(Path root) {
        Map<String, String> texts = new TreeMap<>();
        FixtureSites.snapshot(root).forEach((path, bytes) -> texts.put(path, new String(bytes, StandardCharsets.ISO_8859_1)));
        return texts;
    }
}
