package dev.evergreen.build;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Hexo themes ship a page at the tags folder (source/tags/index.md): it is the blog's tags index. */
class HexoTagsPageTest {

    @Test
    void aPageAtTheTagsFolderIsTheTagsIndex(@TempDir Path tmp) throws IOException {
        Path source = FixtureSites.copy("hexo-blog", tmp);
        Files.createDirectories(source.resolve("source/t"));
        Files.writeString(source.resolve("source/t/index.md"),
                "---\ntitle: All tags\ndate: 2023-01-01\nlayout: page\n---\nThe blog's own tag cloud.\n");
        Path output = tmp.resolve("public");

        BuildResult result = FixtureSites.quietBuild(source, output);

        FixtureSites.assertPublishedWithoutLinkProblems(result);
        assertThat(Jsoup.parse(output.resolve("t/index.html").toFile(), "UTF-8").text())
                .contains("The blog's own tag cloud.");
        assertThat(output.resolve("t/Java/index.html")).exists();
    }
}
