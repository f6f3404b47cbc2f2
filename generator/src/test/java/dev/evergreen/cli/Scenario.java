package dev.evergreen.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A site in a temporary directory, built through the CLI: {@code site/} (the content, first a copy of
 * the good {@code sites/bad-input-base}), {@code public/} (the output), {@code evergreen/} (the reports).
 * A scenario then lays its bad files over the content and builds again.
 */
final class Scenario {

    static final String BASE = "bad-input-base";

    final Path dir;
    final Path source;
    final Path output;
    final Path reports;

    private Scenario(Path dir) {
        this.dir = dir;
        this.source = dir.resolve("site");
        this.output = dir.resolve("public");
        this.reports = dir.resolve("evergreen");
    }

    /** The good base site, already built once, so that there is a previous output to lose. */
    static Scenario published(Path dir) {
        Scenario scenario = new Scenario(dir);
        scenario.overlay(BASE);
        CliRun first = scenario.build();
        if (first.exitCode() != 0) {
            throw new IllegalStateException("the base site does not build: " + first);
        }
        return scenario;
    }

    /** Copies {@code src/test/resources/sites/<name>/} over the content. */
    Scenario overlay(String name) {
        try {
            Path from = Path.of(Scenario.class.getResource("/sites/" + name).toURI());
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = source.resolve(from.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Path write(String relative, byte[] bytes) {
        try {
            Path file = source.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path write(String relative, String text) {
        return write(relative, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    CliRun build(String... extra) {
        String[] args = Stream.concat(Stream.of("build", "--source", source.toString(), "--output", output.toString(),
                "--report-dir", reports.toString(), "--external-links", "skip"), Stream.of(extra))
                .toArray(String[]::new);
        return CliRun.of(args);
    }

    /** Every file under {@code root}, relative path → SHA-256 of its bytes, comparable with {@code equals}. */
    static Map<String, String> snapshot(Path root) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), sha256(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every file of the scenario directory except the output, the reports and the caches a build keeps
     * beside the content ({@code .evergreen/}): what a build must not touch.
     */
    Map<String, String> untouchable() {
        Map<String, String> files = snapshot(dir);
        files.keySet().removeIf(p -> p.startsWith("public/") || p.startsWith("evergreen/") || p.startsWith(".evergreen/"));
        return files;
    }
}
