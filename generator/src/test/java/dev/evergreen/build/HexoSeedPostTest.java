package dev.evergreen.build;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A real Chinese blog post written for Hexo builds as an article (its asset_img tags are the Hexo issue's). */
class HexoSeedPostTest {

    @Test
    void buildsAsAnArticleWithItsFrontMatterExcerptAndUniqueHeadingIds(@TempDir Path tmp) throws IOException {
        Path source = tmp.resolve("site");
        Files.createDirectories(source.resolve("posts"));
        Files.writeString(source.resolve("site.yml"), "title: 社区\nbaseUrl: https://blog.example.org/\nlanguage: zh-CN\n");
        Files.copy(FixtureSites.shared().resolve("corpus/hexo-seed-post.md"), source.resolve("posts/hexo-seed-post.md"));
        Path output = tmp.resolve("public");

        BuildResult result = new Build(FixtureSites.options(source, output), dev.evergreen.check.CheckProgress.NONE,
                new PrintStream(PrintStream.nullOutputStream())).run();

        assertThat(result.published()).isTrue();
        Path article = output.resolve("2023/06/04/hexo-seed-post/index.html");
        assertThat(article).exists();
        Document page = Jsoup.parse(article.toFile(), "UTF-8");
        assertThat(page.select("h1").first().text()).isEqualTo("国产开源社群的运营，为何总是画风奇特？");
        assertThat(page.select(".tags a").eachText()).isNotEmpty();
        assertThat(page.select(".categories a").eachText()).isNotEmpty();
        List<String> ids = page.select(".content h1[id], .content h2[id], .content h3[id], .content h4[id]").eachAttr("id");
        assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
        assertThat(new HashSet<>(ids)).allMatch(id -> !id.isBlank());

        Document home = Jsoup.parse(output.resolve("index.html").toFile(), "UTF-8");
        String excerpt = home.select(".excerpt").text();
        String body = page.select(".content").text();
        assertThat(excerpt).isNotBlank();
        assertThat(body).startsWith(excerpt.substring(0, Math.min(20, excerpt.length())));
        assertThat(body.length()).isGreaterThan(excerpt.length() * 2);
    }
}
