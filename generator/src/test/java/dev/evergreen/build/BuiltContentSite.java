package dev.evergreen.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled {@code content/} site, built once per test JVM with the default theme, offline and at a fixed time. */
final class BuiltContentSite {

    static final Path SOURCE = Path.of("..", "content", "src", "main", "evergreen").toAbsolutePath().normalize();
    private static Path output;

    private BuiltContentSite() {
    }

    static synchronized Path output() {
        if (output == null) {
            Path target = Path.of("target", "content-site").toAbsolutePath();
            delete(target);
            BuildOptions options = BuildOptions.of(SOURCE, target.resolve("site"))
                    .withOffline(true)
                    // The test builds from the repository's own content: it leaves no cache beside it.
                    .withBuildCache(java.util.Optional.empty())
                    .withClock(Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));
            BuildResult result = Build.run(options);
            assertThat(result.findings()).as("the bundled site builds cleanly").noneMatch(f -> f.isError());
            output = target.resolve("site");
        }
        return output;
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
