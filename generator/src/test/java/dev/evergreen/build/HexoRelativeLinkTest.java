package dev.evergreen.build;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixture blog with {@code relative_link: true}: published links are relative and still all resolve. */
class HexoRelativeLinkTest {

    @TempDir
    static Path tmp;
    static Path output;
    static BuildResult result;

    @BeforeAll
    static void build() {
        Path source = FixtureSites.copyEditing("hexo-blog", tmp, "_config.yml",
                config -> config.replace("relative_link: false", "relative_link: true"));
        output = tmp.resolve("public");
        result = FixtureSites.quietBuild(source, output);
    }

    @Test
    void everyInternalLinkStillResolves() {
        FixtureSites.assertPublishedWithoutLinkProblems(result);
    }

    @Test
    void linksOnAPostAreRelativeToIt() throws IOException {
        Document post = Jsoup.parse(output.resolve("2023/06/04/hello-world/index.html").toFile(), "UTF-8");

        assertThat(post.select("a[href]").eachAttr("href")).contains("../../../../t/Java/");
        assertThat(post.select("[href]").eachAttr("href")).noneMatch(href -> href.startsWith("/blog/"));
        assertThat(post.select("[src]").eachAttr("src")).noneMatch(src -> src.startsWith("/blog/"));
    }
}
