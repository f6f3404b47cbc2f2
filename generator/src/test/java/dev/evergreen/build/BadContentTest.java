package dev.evergreen.build;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Content errors are findings at file:line, and they keep the previously published site intact. */
class BadContentTest {

    @TempDir
    Path tmp;

    private BuildResult build(Path source, Path output) {
        return new Build(FixtureSites.options(source, output), dev.evergreen.check.CheckProgress.NONE,
                new PrintStream(PrintStream.nullOutputStream())).run();
    }

    private Path site() throws IOException {
        Path source = tmp.resolve("site");
        Files.createDirectories(source.resolve("posts"));
        Files.writeString(source.resolve("site.yml"), "title: Bad input\nbaseUrl: https://bad.example.org/\n");
        Files.writeString(source.resolve("posts/good.md"), "---\ntitle: Good\ndate: 2024-01-01\n---\nFine.\n");
        return source;
    }

    private static List<String> errors(BuildResult result) {
        return result.findings().stream().filter(Finding::isError)
                .map(f -> f.pos().displayPath() + ":" + f.pos().line() + ": " + f.kind()).toList();
    }

    @Test
    void malformedFrontMatterIsReportedAndThePreviousOutputStaysByteIdentical() throws IOException {
        Path source = site();
        Path output = tmp.resolve("public");
        assertThat(build(source, output).published()).isTrue();
        var before = FixtureSites.snapshot(output);

        Files.writeString(source.resolve("posts/good.md"), "---\ntitle: \"Unclosed\ndate: 2024-01-01\n---\nFine.\n");
        BuildResult broken = build(source, output);

        assertThat(broken.published()).isFalse();
        assertThat(broken.hasErrors()).isTrue();
        ContentFinding yaml = broken.findings().stream().filter(ContentFinding.class::isInstance)
                .map(ContentFinding.class::cast).filter(f -> f.kind().equals("front-matter")).findFirst().orElseThrow();
        assertThat(yaml.pos().displayPath()).isEqualTo("posts/good.md");
        assertThat(yaml.pos().line()).isBetween(2, 4);
        var after = FixtureSites.snapshot(output);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        assertThat(tmp).isDirectoryNotContaining(p -> p.getFileName().toString().contains("evergreen-staging"));
    }

    @Test
    void twoItemsWithOnePermalinkAreOneErrorNamingBothFiles() throws IOException {
        Path source = site();
        Files.writeString(source.resolve("posts/twin.md"),
                "---\ntitle: Twin\ndate: 2024-01-01\nslug: good\n---\nSame URL.\n");
        BuildResult result = build(source, tmp.resolve("public"));
        List<Finding> duplicates = result.findings().stream()
                .filter(f -> f.kind().equals("duplicate-permalink")).toList();
        assertThat(duplicates).hasSize(1);
        assertThat(duplicates.get(0).pos().displayPath()).isEqualTo("posts/twin.md");
        assertThat(duplicates.get(0).pos().line()).as("the slug line").isEqualTo(4);
        assertThat(duplicates.get(0).detail()).contains("/2024/01/01/good/", "posts/good.md");
    }

    @Test
    void anArticleWithoutADateIsAnErrorAndATitleFallsBackWithAWarning() throws IOException {
        Path source = site();
        Files.writeString(source.resolve("posts/undated.md"), "---\ntags: [x]\n---\n# Heading title\n\nText.\n");
        BuildResult result = build(source, tmp.resolve("public"));
        assertThat(errors(result)).containsExactly("posts/undated.md:1: date");
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo("title");
            assertThat(f.isError()).isFalse();
            assertThat(f.detail()).contains("Heading title");
        });
    }

    @Test
    void anImageWithAMalformedEscapeIsASyntaxErrorNotACrash() throws IOException {
        Path source = site();
        Files.writeString(source.resolve("posts/image.md"), "---\ntitle: Image\ndate: 2024-01-01\n---\n![x](bad%zz.png)\n");
        BuildResult result = build(source, tmp.resolve("public"));
        assertThat(result.published()).isTrue();
        assertThat(errors(result)).containsExactly("posts/image.md:5: syntax");
    }

    @Test
    void anInvalidDateIsReportedAtItsLine() throws IOException {
        Path source = site();
        Files.writeString(source.resolve("posts/bad-date.md"), "---\ntitle: Bad date\ndate: next tuesday\n---\nText.\n");
        assertThat(errors(build(source, tmp.resolve("public")))).containsExactly("posts/bad-date.md:3: date");
    }
}
