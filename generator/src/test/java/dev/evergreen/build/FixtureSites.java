package dev.evergreen.build;

import dev.evergreen.finding.Finding;
import dev.evergreen.finding.LinkFinding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Scenario sites under {@code src/test/resources/sites/}, copied to a temp dir so tests may edit them. */
final class FixtureSites {

    static final Clock NOW = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

    private FixtureSites() {
    }

    static Path copy(String name, Path into) {
        try {
            Path from = Path.of(FixtureSites.class.getResource("/sites/" + name).toURI());
            Path to = into.resolve(name);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.toList()) {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a fixture site and rewrites one of its files, to flip a setting for one test class. */
    static Path copyEditing(String name, Path into, String file, UnaryOperator<String> edit) {
        Path site = copy(name, into);
        try {
            Files.writeString(site.resolve(file), edit.apply(Files.readString(site.resolve(file))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return site;
    }

    /** Build options that never reach the network: external links are skipped. */
    static BuildOptions options(Path source, Path output) {
        return BuildOptions.of(source, output).withClock(NOW).withExternalLinks(BuildOptions.ExternalLinks.SKIP);
    }

    /** Builds a site with {@link #options}, printing nothing. */
    static BuildResult quietBuild(Path source, Path output) {
        return new Build(options(source, output), dev.evergreen.check.CheckProgress.NONE,
                new java.io.PrintStream(java.io.PrintStream.nullOutputStream())).run();
    }

    /** The build published, with no error and no link problem of any severity. */
    static void assertPublishedWithoutLinkProblems(BuildResult result) {
        assertThat(result.findings()).filteredOn(Finding::isError).isEmpty();
        assertThat(result.findings()).filteredOn(f -> f instanceof LinkFinding).isEmpty();
        assertThat(result.published()).isTrue();
    }

    /** Every file of a directory tree, relative path → bytes, for byte-for-byte comparisons. */
    static Map<String, byte[]> snapshot(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** {@link #snapshot} with every file's bytes as Latin-1 text, so that two snapshots compare by content. */
    static Map<String, String> snapshotTexts(Path root) {
        Map<String, String> texts = new TreeMap<>();
        snapshot(root).forEach((path, bytes) -> texts.put(path, new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)));
        return texts;
    }

    static Path shared() {
        return Path.of(System.getProperty("evergreen.shared", "../../shared"));
    }
}
