package dev.evergreen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code evergreen build --update-ledger} writes the ledger; a plain build never does. */
class UpdateLedgerOptionTest {

    @TempDir
    Path dir;

    @Test
    void onlyTheExplicitOptionWritesTheLedgerAndNeverWithDrafts() throws IOException {
        Path source = dir.resolve("site");
        Files.createDirectories(source);
        Files.writeString(source.resolve("site.yml"), "title: T\nbaseUrl: https://example.org/\n");
        Files.writeString(source.resolve("about.md"), "---\ntitle: About\n---\nHello.\n");
        Path ledger = source.resolve("published-urls.txt");
        String[] build = {"build", "--source", source.toString(), "--output", dir.resolve("public").toString(),
                "--external-links", "skip"};

        assertThat(Main.run(build)).isZero();
        assertThat(ledger).doesNotExist();
        assertThat(Main.run(append(build, "--drafts", "--update-ledger"))).isEqualTo(Main.USAGE_ERROR);
        assertThat(ledger).doesNotExist();
        assertThat(Main.run(append(build, "--update-ledger"))).isZero();
        assertThat(Files.readString(ledger)).contains("\n/about/\n");
    }

    private static String[] append(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
