package dev.evergreen.build;

import dev.evergreen.finding.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A site replaces the theme's static files from its own {@code static/}, or the whole theme with a folder. */
class ThemeOverridesTest {

    @TempDir
    Path dir;

    @Test
    void staticFilesPublishAtTheRootAndReplaceTheThemesOwn() throws IOException {
        Path source = site("title: T\nbaseUrl: https://example.org/\n");
        write(source.resolve("static/assets/evergreen.css"), "/* the site's own */");
        write(source.resolve("static/extra/notes.txt"), "notes");

        BuildResult result = Build.run(BuildOptions.of(source, dir.resolve("out")).withOffline(true));

        assertThat(result.findings()).noneMatch(Finding::isError);
        assertThat(dir.resolve("out/assets/evergreen.css")).hasContent("/* the site's own */");
        assertThat(dir.resolve("out/extra/notes.txt")).hasContent("notes");
        assertThat(dir.resolve("out/static")).doesNotExist();
        assertThat(dir.resolve("out/assets/evergreen.js")).exists();
    }

    @Test
    void aThemeFolderNamedByPathReplacesTheDefaultTheme() throws IOException {
        Path source = site("title: T\nbaseUrl: https://example.org/\ntheme: ./mine\n");
        write(source.resolve("mine/theme.txt"), "layout article\nlayout page\nlayout recording\nstatic style.css\n");
        write(source.resolve("mine/static/style.css"), "body{}");
        for (String template : List.of("index", "taxonomy", "term", "archive", "404", "search", "article", "page",
                "recording")) {
            write(source.resolve("mine/templates/" + template + ".ftl"), "<html lang=\"en\"><title>mine ${page.title}</title></html>");
        }

        BuildResult result = Build.run(BuildOptions.of(source, dir.resolve("out")).withOffline(true));

        assertThat(result.findings()).noneMatch(Finding::isError);
        assertThat(dir.resolve("out/index.html")).content().contains("<title>mine T</title>");
        assertThat(dir.resolve("out/style.css")).hasContent("body{}");
        assertThat(dir.resolve("out/assets/evergreen.css")).doesNotExist();
    }

    @Test
    void aMarkdownImageWithoutAltTextIsAWarningAtItsLine() throws IOException {
        Path source = site("title: T\nbaseUrl: https://example.org/\n");
        write(source.resolve("posts/a.md"), "---\ntitle: A\ndate: 2024-01-01\n---\nText.\n\n![](pic.png)\n");
        write(source.resolve("posts/pic.png"), "not really a png but big enough to be read as bytes....");

        BuildResult result = Build.run(BuildOptions.of(source, dir.resolve("out")).withOffline(true));

        assertThat(result.findings()).filteredOn(f -> f.kind().equals("alt-text")).singleElement()
                .satisfies(f -> {
                    assertThat(f.pos().file()).isEqualTo(Path.of("posts/a.md"));
                    assertThat(f.pos().line()).isEqualTo(7);
                    assertThat(f.isError()).isFalse();
                });
    }

    private Path site(String siteYml) throws IOException {
        Path source = dir.resolve("site");
        write(source.resolve("site.yml"), siteYml);
        write(source.resolve("posts/hello.md"), "---\ntitle: Hello\ndate: 2024-01-01\n---\nHi.\n");
        return source;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
