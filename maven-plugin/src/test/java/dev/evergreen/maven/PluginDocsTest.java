package dev.evergreen.maven;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user guide's page per goal ({@code content/src/main/evergreen/maven-plugin/<goal>.md}) must
 * match the plugin descriptor. When a parameter changes, regenerate with {@value PluginDocs#REGENERATE}.
 */
class PluginDocsTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
    private static final Path PAGES = Path.of("../content/src/main/evergreen/maven-plugin");

    @Test
    void theGoalPagesMatchThePluginDescriptor() throws Exception {
        Map<String, String> expected = PluginDocs.pages(DESCRIPTOR);
        if (Boolean.getBoolean("evergreen.docs.regenerate")) {
            write(expected);
        }

        assertThat(onDisk()).as("the goal pages are out of date; run " + PluginDocs.REGENERATE)
                .isEqualTo(expected);
    }

    @Test
    void everyParameterHasAnEvergreenUserProperty() throws Exception {
        PluginDocs.pages(DESCRIPTOR).forEach((file, page) -> page.lines()
                .filter(line -> line.startsWith("| `"))
                .filter(line -> !file.equals("help.md"))
                .forEach(row -> assertThat(row).as(file).contains("| `evergreen.")));
    }

    private static void write(Map<String, String> pages) throws IOException {
        Files.createDirectories(PAGES);
        for (Path stale : onDiskFiles()) {
            Files.delete(stale);
        }
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Files.writeString(PAGES.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> onDisk() throws IOException {
        Map<String, String> pages = new TreeMap<>();
        for (Path file : onDiskFiles()) {
            pages.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
        return pages;
    }

    private static java.util.List<Path> onDiskFiles() throws IOException {
        if (!Files.isDirectory(PAGES)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(PAGES)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }
}
