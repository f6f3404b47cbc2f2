package dev.evergreen.build;

import dev.evergreen.finding.Finding;
import dev.evergreen.finding.LinkFinding;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real Chinese post of the shared corpus, with its asset folder, in a Hexo blog with
 * {@code post_asset_folder: true}: copied at test time, never into the repository.
 */
class HexoSeedPostAsHexoBlogTest {

    private static final String POST_URL = "/2023/06/04/hexo-seed-post/";

    @Test
    void everyAssetImageResolvesWithItsCaptionTheExcerptEndsAtMoreAndNoInternalLinkIsBroken(@TempDir Path tmp)
            throws IOException {
        Path blog = tmp.resolve("blog");
        Path posts = Files.createDirectories(blog.resolve("source/_posts"));
        Files.writeString(blog.resolve("_config.yml"), "title: 夜天之书\nurl: https://blog.example.org\n"
                + "language: zh-CN\ntimezone: Asia/Shanghai\npost_asset_folder: true\n");
        Path corpus = FixtureSites.shared().resolve("corpus");
        Files.copy(corpus.resolve("hexo-seed-post.md"), posts.resolve("hexo-seed-post.md"));
        Path assets = Files.createDirectories(posts.resolve("hexo-seed-post"));
        try (Stream<Path> images = Files.list(corpus.resolve("hexo-seed-post"))) {
            for (Path image : images.toList()) {
                Files.copy(image, assets.resolve(image.getFileName().toString()));
            }
        }
        Path output = tmp.resolve("public");

        BuildResult result = FixtureSites.quietBuild(blog, output);

        assertThat(result.published()).isTrue();
        assertThat(result.findings()).filteredOn(Finding::isError).isEmpty();
        assertThat(result.findings()).filteredOn(f -> f instanceof LinkFinding).isEmpty();
        Document page = Jsoup.parse(output.resolve("2023/06/04/hexo-seed-post/index.html").toFile(), "UTF-8");
        assertThat(page.select(".content img").eachAttr("src")).containsExactly(
                POST_URL + "netease-jd.png", POST_URL + "ob-case1.png", POST_URL + "ob-case2.png",
                POST_URL + "ob-case3.png", POST_URL + "orbit-model.png");
        for (String src : page.select(".content img").eachAttr("src")) {
            assertThat(output.resolve(src.substring(1))).exists();
        }
        Element captioned = page.selectFirst("figure.image");
        assertThat(captioned.selectFirst("img").attr("src")).isEqualTo(POST_URL + "orbit-model.png");
        assertThat(captioned.selectFirst("img").attr("alt")).isEqualTo("Orbit 提出的社群引力模型");
        assertThat(captioned.selectFirst("figcaption").text()).isEqualTo("Orbit 提出的社群引力模型");
        assertThat(page.select(".content").text()).doesNotContain("{%");

        Document home = Jsoup.parse(output.resolve("index.html").toFile(), "UTF-8");
        String excerpt = home.select(".excerpt").text();
        assertThat(excerpt).startsWith("在过去几年的多方投入和关注下")
                .endsWith("以及根本的软件产品力问题。")
                .doesNotContain("运营人员的问题 ");
    }
}
