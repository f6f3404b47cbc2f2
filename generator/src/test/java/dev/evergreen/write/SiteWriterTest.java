package dev.evergreen.write;

import dev.evergreen.finding.EvergreenException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteWriterTest {

    @TempDir
    Path parent;

    @Test
    void publishReplacesThePreviousOutputWithTheStagedFiles() throws IOException {
        Path output = parent.resolve("public");
        Files.createDirectories(output.resolve("old"));
        Files.writeString(output.resolve("old/index.html"), "old");
        Files.writeString(output.resolve("index.html"), "old home");
        Path asset = parent.resolve("logo.svg");
        Files.writeString(asset, "<svg/>");

        try (SiteWriter writer = new SiteWriter(output)) {
            writer.write(Path.of("index.html"), bytes("new home"));
            writer.write(Path.of("2024/01/02/a/index.html"), bytes("a"));
            writer.copy(Path.of("img/logo.svg"), asset);
            writer.publish();
        }

        assertThat(tree(output)).containsExactly("2024/01/02/a/index.html", "img/logo.svg", "index.html");
        assertThat(output.resolve("index.html")).hasContent("new home");
        assertThat(output.resolve("img/logo.svg")).hasContent("<svg/>");
        assertThat(entries(parent)).containsExactly("logo.svg", "public");
    }

    @Test
    void identicalFilesAreLeftAloneAndOnlyChangesAreWritten() throws IOException {
        Path output = parent.resolve("public");
        Files.createDirectories(output.resolve("a"));
        Files.writeString(output.resolve("a/index.html"), "same");
        Files.writeString(output.resolve("b.html"), "before");
        FileTime longAgo = FileTime.fromMillis(0);
        Files.setLastModifiedTime(output.resolve("a/index.html"), longAgo);
        Files.setLastModifiedTime(output.resolve("b.html"), longAgo);

        try (SiteWriter writer = new SiteWriter(output)) {
            writer.write(Path.of("a/index.html"), bytes("same"));
            writer.write(Path.of("b.html"), bytes("after"));
            writer.publish();
            assertThat(writer.unchangedFiles()).isEqualTo(1);
        }

        assertThat(Files.getLastModifiedTime(output.resolve("a/index.html"))).isEqualTo(longAgo);
        assertThat(output.resolve("b.html")).hasContent("after");
        assertThat(entries(parent)).containsExactly("public");
    }

    @Test
    void aFileMayReplaceADirectoryAndTheReverse() throws IOException {
        Path output = parent.resolve("public");
        Files.createDirectories(output.resolve("feed"));
        Files.writeString(output.resolve("feed/index.html"), "old feed page");
        Files.writeString(output.resolve("notes"), "old notes file");

        try (SiteWriter writer = new SiteWriter(output)) {
            writer.write(Path.of("feed"), bytes("feed file"));
            writer.write(Path.of("notes/index.html"), bytes("notes page"));
            writer.publish();
        }

        assertThat(tree(output)).containsExactly("feed", "notes/index.html");
        assertThat(output.resolve("feed")).hasContent("feed file");
    }

    @Test
    void keptFilesSurviveThePublishUntouched() throws IOException {
        Path output = parent.resolve("public");
        Files.createDirectories(output);
        Files.writeString(output.resolve("kept.html"), "kept");
        Files.writeString(output.resolve("gone.html"), "gone");

        try (SiteWriter writer = new SiteWriter(output)) {
            writer.keep(Path.of("kept.html"));
            writer.write(Path.of("new.html"), bytes("new"));
            writer.publish();
        }

        assertThat(tree(output)).containsExactly("kept.html", "new.html");
    }

    @Test
    void publishCreatesAnOutputThatDidNotExist() throws IOException {
        Path output = parent.resolve("site/public");

        publishHomePage(output);

        assertThat(tree(parent)).containsExactly("site/public/index.html");
    }

    @Test
    void closeWithoutPublishLeavesThePreviousOutputAndNoStaging() throws IOException {
        Path output = parent.resolve("public");
        Files.createDirectories(output);
        byte[] previous = {0, 1, 2, (byte) 0xff};
        Files.write(output.resolve("index.html"), previous);

        try (SiteWriter writer = new SiteWriter(output)) {
            writer.write(Path.of("index.html"), bytes("half a build"));
            writer.write(Path.of("new/index.html"), bytes("new"));
        }

        assertThat(tree(parent)).containsExactly("public/index.html");
        assertThat(entries(parent)).containsExactly("public");
        assertThat(output.resolve("index.html")).hasBinaryContent(previous);
    }

    @Test
    void leftoversOfACrashedBuildAreClearedBeforeWriting() throws IOException {
        Path output = parent.resolve("public");
        Files.createDirectories(parent.resolve(".public.evergreen-staging/stale"));
        Files.writeString(parent.resolve(".public.evergreen-staging/stale/index.html"), "stale");

        publishHomePage(output);

        assertThat(tree(parent)).containsExactly("public/index.html");
    }

    @Test
    void pathsOutsideTheOutputAreRefused() throws IOException {
        Path output = parent.resolve("public");

        try (SiteWriter writer = new SiteWriter(output)) {
            for (Path bad : List.of(Path.of("../x"), Path.of("a/../../x"), parent.resolve("abs.html"), Path.of(""))) {
                assertThatThrownBy(() -> writer.write(bad, bytes("x")))
                        .as(bad.toString())
                        .isInstanceOf(EvergreenException.class)
                        .hasMessage("refusing to write outside the output directory");
            }
            assertThatThrownBy(() -> writer.copy(Path.of("../x"), parent))
                    .isInstanceOf(EvergreenException.class);
        }

        assertThat(tree(parent)).isEmpty();
    }

    @Test
    void remembersWhatWasWritten() {
        try (SiteWriter writer = new SiteWriter(parent.resolve("public"))) {
            writer.write(Path.of("a/./index.html"), bytes("a"));

            assertThat(writer.wasWritten(Path.of("a/index.html"))).isTrue();
            assertThat(writer.wasWritten(Path.of("b/index.html"))).isFalse();
        }
    }

    private static void publishHomePage(Path output) {
        try (SiteWriter writer = new SiteWriter(output)) {
            writer.write(Path.of("index.html"), bytes("home"));
            writer.publish();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every file below {@code dir}, hidden ones included, relative and sorted. */
    private static List<String> tree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
