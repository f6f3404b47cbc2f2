package dev.evergreen.load;

import dev.evergreen.finding.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HexoConfigReaderTest {

    private final HexoConfigReader reader = new HexoConfigReader(Path.of("blog"));

    @Test
    void anEmptyConfigGivesHexosDefaults() {
        SiteConfig config = reader.fromYaml("");

        assertThat(config.title()).isEqualTo("Hexo");
        assertThat(config.baseUrl()).isEqualTo(URI.create("http://example.com/"));
        assertThat(config.permalink()).isEqualTo(":year/:month/:day/:title/");
        assertThat(config.perPage()).isEqualTo(10);
        assertThat(config.language()).isEqualTo("en");
        assertThat(config.params()).containsEntry("author", "John Doe");
        assertThat(config.hexo()).contains(new HexoSettings(Map.of(), true, true, ":title.md", "uncategorized",
                Map.of(), Map.of(), false, false, true, false, 0, "page", "tags", "categories", "archives",
                List.of(), List.of(), List.of(), "downloads/code",
                new HexoSettings.Marked(true, true, true, true, false)));
    }

    @Test
    void everyHonouredKeyIsRead() {
        SiteConfig config = reader.fromYaml("""
                title: 夜天之书
                subtitle: Sub
                description: Desc
                author: Tison
                language: [zh-CN, en]
                timezone: Asia/Shanghai
                url: https://blog.example.org/blog
                root: /blog/
                permalink: :title.html
                permalink_defaults: {lang: en}
                pretty_urls: {trailing_index: false, trailing_html: false}
                new_post_name: :year-:title.md
                default_category: misc
                category_map: {计算机: computer}
                tag_map: {开源: open-source}
                post_asset_folder: true
                relative_link: true
                future: false
                render_drafts: true
                per_page: 0
                pagination_dir: p
                tag_dir: t/
                category_dir: /c
                archive_dir: archive
                skip_render: static/**
                exclude: ["*.psd"]
                include: [_redirects]
                filename_case: 1
                code_dir: code
                marked: {gfm: false, breaks: false, autolink: false, prependRoot: false, postAsset: true}
                theme: next
                """);

        assertThat(config.title()).isEqualTo("夜天之书");
        assertThat(config.description()).isEqualTo("Desc");
        assertThat(config.params()).containsEntry("subtitle", "Sub").containsEntry("author", "Tison");
        assertThat(config.language()).isEqualTo("zh-CN");
        assertThat(config.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(config.baseUrl()).isEqualTo(URI.create("https://blog.example.org/blog/"));
        assertThat(config.basePath()).isEqualTo("/blog/");
        assertThat(config.permalink()).isEqualTo(":title.html");
        assertThat(config.perPage()).isEqualTo(HexoConfigReader.UNPAGINATED);
        assertThat(config.hexo()).contains(new HexoSettings(Map.of("lang", "en"), false, false, ":year-:title.md",
                "misc", Map.of("计算机", "computer"), Map.of("开源", "open-source"), true, true, false, true, 1, "p", "t",
                "c", "archive", List.of("static/**"), List.of("*.psd"), List.of("_redirects"), "code",
                new HexoSettings.Marked(false, false, false, false, true)));
    }

    @Test
    void aWrongValueNamesItsKeyAndLine() {
        assertThatThrownBy(() -> reader.fromYaml("title: x\npost_asset_folder: maybe\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("'post_asset_folder' must be true or false");
        assertThatThrownBy(() -> reader.fromYaml("url: /blog\n"))
                .hasMessageContaining("'url' must be an absolute http(s) URL");
    }

    @Test
    void aFolderWithConfigAndPostsIsABlogReadFromItsSourceFolder(@TempDir Path blog) throws IOException {
        Files.writeString(blog.resolve("_config.yml"), "title: Blog\n");
        Files.createDirectories(blog.resolve("source/_posts"));
        Files.writeString(blog.resolve("source/_posts/a.md"), "# A\n");
        Files.writeString(blog.resolve("source/_drafts.md"), "# hidden\n");
        Files.writeString(blog.resolve("README.md"), "# not content\n");
        Files.writeString(blog.resolve("source/" + ContentLoader.LEDGER_FILE), "/a/\n");

        LoadedContent content = new ContentLoader(blog, List.of()).load();

        assertThat(content.root()).isEqualTo(blog.resolve("source").toAbsolutePath().normalize());
        assertThat(content.config().title()).isEqualTo("Blog");
        assertThat(content.sources()).extracting(Source::slashPath).containsExactly("_posts/a.md");
        assertThat(content.assets()).isEmpty();
    }

    @Test
    void aConfigWithoutPostsIsNotABlog(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("_config.yml"), "title: Blog\n");
        assertThat(HexoConfigReader.isHexoBlog(folder)).isFalse();
    }
}
