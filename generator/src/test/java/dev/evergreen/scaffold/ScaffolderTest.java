package dev.evergreen.scaffold;

import dev.evergreen.finding.EvergreenException;
import dev.evergreen.load.Kind;
import dev.evergreen.build.Build;
import dev.evergreen.build.BuildOptions;
import dev.evergreen.build.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScaffolderTest {

    /** 23:30 UTC is already the next day in Shanghai: "today" is the clock's zone's today. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T23:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path source;

    @Test
    void writesAnArticleWithTodaysDateASlugAndQuotedTitle() throws Exception {
        Path file = new Scaffolder(source, CLOCK).create(Kind.ARTICLE, "Why \"GC pauses\" matter: Part 2");

        assertThat(file).isEqualTo(source.resolve("posts/why-gc-pauses-matter-part-2.md"));
        assertThat(Files.readString(file)).startsWith("---\ntitle: \"Why \\\"GC pauses\\\" matter: Part 2\"\n"
                + "date: 2026-03-02\n").contains("draft: true");
    }

    @Test
    void writesARecordingIntoRecordings() {
        Path file = new Scaffolder(source, CLOCK).create(Kind.RECORDING, "Café talk 2026");

        assertThat(file).isEqualTo(source.resolve("recordings/cafe-talk-2026.md"));
    }

    @Test
    void theBuiltInTemplatesBuildWithoutFindings() throws Exception {
        Files.writeString(source.resolve("site.yml"), "title: T\nbaseUrl: https://t.example.org/\nlanguage: en\n");
        Scaffolder scaffolder = new Scaffolder(source, CLOCK);
        scaffolder.create(Kind.ARTICLE, "An article");
        scaffolder.create(Kind.RECORDING, "A recording");

        BuildResult result = Build.run(BuildOptions.of(source, source.resolveSibling("out-" + source.getFileName()))
                .withDrafts(true).withClock(CLOCK).withExternalLinks(BuildOptions.ExternalLinks.SKIP));

        // A new site has no ledger yet; that warning is about the site, not about the scaffolded files.
        assertThat(result.findings()).extracting(f -> f.kind()).containsOnly("ledger");
        assertThat(result.stats().pagesBuilt()).isGreaterThan(2);
    }

    @Test
    void keepsCjkInTheSlug() {
        assertThat(Scaffolder.slug("深入理解 JVM")).isEqualTo("深入理解-jvm");
        assertThat(Scaffolder.slug("?!")).isEqualTo("untitled");
    }

    @Test
    void theSitesOwnArchetypeWins() throws Exception {
        Files.createDirectories(source.resolve("_archetypes"));
        Files.writeString(source.resolve("_archetypes/article.md"), "---\ntitle: {{title}}\ndate: {{date}}\n---\nSee /{{slug}}/\n");

        Path file = new Scaffolder(source, CLOCK).create(Kind.ARTICLE, "Hello");

        assertThat(Files.readString(file)).isEqualTo("---\ntitle: \"Hello\"\ndate: 2026-03-02\n---\nSee /hello/\n");
    }

    @Test
    void refusesToOverwrite() throws Exception {
        Scaffolder scaffolder = new Scaffolder(source, CLOCK);
        Path file = scaffolder.create(Kind.ARTICLE, "Hello");
        Files.writeString(file, "my words");

        assertThatThrownBy(() -> scaffolder.create(Kind.ARTICLE, "Hello"))
                .isInstanceOf(EvergreenException.class).hasMessageContaining("exists already");
        assertThat(Files.readString(file)).isEqualTo("my words");
    }
}
