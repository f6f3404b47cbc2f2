package dev.evergreen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The CLI contract: exit 0 built cleanly, 1 content or link errors, 2 usage or configuration errors. */
class MainTest {

    @TempDir
    Path tmp;

    private Path site(String post) throws IOException {
        Path source = tmp.resolve("site");
        Files.createDirectories(source.resolve("posts"));
        Files.writeString(source.resolve("site.yml"), "title: CLI\nbaseUrl: https://cli.example.org/\n");
        Files.writeString(source.resolve("posts/post.md"), post);
        return source;
    }

    private int run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            return Main.run(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void aCleanSiteExitsZeroAndIsWritten() throws IOException {
        Path source = site("---\ntitle: Fine\ndate: 2024-01-01\n---\nAll good.\n");
        Path output = tmp.resolve("public");
        assertThat(run("build", "--source", source.toString(), "--output", output.toString(), "--offline")).isZero();
        assertThat(output.resolve("2024/01/01/post/index.html")).exists();
    }

    @Test
    void theBuildCacheGoesBesideTheSourceWhereToldOrNowhere() throws IOException {
        Path source = site("---\ntitle: Fine\ndate: 2024-01-01\n---\nAll good.\n");
        Path output = tmp.resolve("public");
        String[] build = {"build", "--source", source.toString(), "--output", output.toString(), "--offline"};

        assertThat(run(build)).isZero();
        assertThat(tmp.resolve(".evergreen/build-cache")).isRegularFile();

        Path elsewhere = tmp.resolve("caches/site.cache");
        assertThat(run(append(build, "--build-cache", elsewhere.toString()))).isZero();
        assertThat(elsewhere).isRegularFile();

        Files.delete(tmp.resolve(".evergreen/build-cache"));
        assertThat(run(append(build, "--no-build-cache"))).isZero();
        assertThat(tmp.resolve(".evergreen/build-cache")).doesNotExist();
        assertThat(output.resolve("2024/01/01/post/index.html")).exists();
    }

    private static String[] append(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    @Test
    void aBrokenLinkExitsOneButTheSiteIsWritten() throws IOException {
        Path source = site("---\ntitle: Broken\ndate: 2024-01-01\n---\nSee [nothing](/nowhere/).\n");
        Path output = tmp.resolve("public");
        assertThat(run("build", "--source", source.toString(), "--output", output.toString(), "--offline")).isEqualTo(1);
        assertThat(output.resolve("2024/01/01/post/index.html")).exists();
    }

    @Test
    void aBadSiteConfigurationExitsTwo() throws IOException {
        Path source = site("---\ntitle: Fine\ndate: 2024-01-01\n---\nText.\n");
        Files.writeString(source.resolve("site.yml"), "title: CLI\nperPage: many\n");
        assertThat(run("build", "--source", source.toString(), "--output", tmp.resolve("public").toString())).isEqualTo(2);
        assertThat(tmp.resolve("public")).doesNotExist();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("build", "--no-such-option")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(run("build", "--external-links", "sometimes")).isEqualTo(2);
    }

    @Test
    void helpExitsZero() {
        assertThat(run("build", "--help")).isZero();
        assertThat(run("--help")).isZero();
    }
}
