package dev.evergreen.ledger;

import dev.evergreen.build.Build;
import dev.evergreen.build.BuildOptions;
import dev.evergreen.build.BuildResult;
import dev.evergreen.check.CheckProgress;
import dev.evergreen.finding.Finding;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** A small site written to disk by the test itself, built for real, edited between builds. */
final class TestSite {

    private static final Clock NOW = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

    final Path source;
    final Path output;

    TestSite(Path dir) {
        this.source = dir.resolve("content");
        this.output = dir.resolve("public");
        write("site.yml", """
                title: Ledger Site
                baseUrl: https://dev.example.org/
                language: en
                timezone: UTC
                """);
        write("posts/old-slug.md", """
                ---
                title: Caching in depth
                date: 2023-06-04
                ---
                How the cache works. See [about](../about.md).
                """);
        write("posts/other.md", """
                ---
                title: Another post
                date: 2023-07-01
                ---
                Nothing to see.
                """);
        write("about.md", """
                ---
                title: About
                ---
                About us.
                """);
        write("images/logo.png", "png");
    }

    TestSite write(String path, String text) {
        try {
            Path file = source.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestSite move(String from, String to, String text) {
        try {
            Files.delete(source.resolve(from));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return write(to, text);
    }

    BuildResult build() {
        return build(false);
    }

    BuildResult updateLedger() {
        return build(true);
    }

    private BuildResult build(boolean updateLedger) {
        BuildOptions options = BuildOptions.of(source, output).withClock(NOW)
                .withExternalLinks(BuildOptions.ExternalLinks.SKIP).withUpdateLedger(updateLedger);
        return new Build(options, CheckProgress.NONE, new PrintStream(PrintStream.nullOutputStream())).run();
    }

    String ledger() {
        return read(source.resolve("published-urls.txt"));
    }

    String published(String path) {
        return read(output.resolve(path));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(BuildResult result) {
        return result.findings().stream().map(TestSite::line).toList();
    }

    static List<String> errors(BuildResult result) {
        return result.findings().stream().filter(Finding::isError).map(TestSite::line).toList();
    }

    /** A finding as the console prints it: {@code path:line: kind: detail}. */
    static String line(Finding f) {
        return f.pos().displayPath() + ":" + f.pos().line() + ": " + f.kind() + ": " + f.detail();
    }
}
