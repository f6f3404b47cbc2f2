package dev.evergreen.build;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixture blog with {@code .html} permalinks and {@code pretty_urls.trailing_html: false}: URLs lose the
 * {@code .html}, files keep it, and the link check finds the files behind the URLs.
 */
class HexoTrailingHtmlTest {

    @TempDir
    static Path tmp;
    static Path output;
    static BuildResult result;

    @BeforeAll
    static void build() {
        Path source = FixtureSites.copyEditing("hexo-blog", tmp, "_config.yml", config -> config
                .replace("permalink: :year/:month/:day/:title/", "permalink: :year/:month/:day/:title.html")
                .replace("trailing_html: true", "trailing_html: false"));
        output = tmp.resolve("public");
        result = FixtureSites.quietBuild(source, output);
    }

    @Test
    void everyInternalLinkResolvesToTheHtmlFile() {
        FixtureSites.assertPublishedWithoutLinkProblems(result);
    }

    @Test
    void postUrlsDropHtmlWhileTheirFilesKeepIt() throws IOException {
        assertThat(output.resolve("2023/06/04/hello-world.html")).exists();
        // The post's asset folder sits beside its file, as in Hexo.
        assertThat(output.resolve("2023/06/04/hello-world")).isDirectory();
        assertThat(output.resolve("about/index.html")).exists();
        assertThat(Jsoup.parse(output.resolve("c/computer/index.html").toFile(), "UTF-8")
                .select("a[href]").eachAttr("href"))
                .contains("/blog/2023/06/04/hello-world")
                .doesNotContain("/blog/2023/06/04/hello-world.html");
    }
}
