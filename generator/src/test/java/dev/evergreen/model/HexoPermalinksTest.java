package dev.evergreen.model;

import dev.evergreen.load.ContentLoader;
import dev.evergreen.load.LoadedContent;
import dev.evergreen.parse.MarkdownParser;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hexo's permalink examples (https://hexo.io/docs/permalinks), built through load, parse and model: the
 * first six rows are the documentation's table, the others cover the remaining variables.
 */
class HexoPermalinksTest {

    private static final String POST = """
            ---
            title: Hello World
            date: 2013-07-14 17:01:34
            categories:
            - foo
            - bar
            %s
            ---
            Body.
            """;

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            hello-world.md       | :year/:month/:day/:title/     | /2013/07/14/hello-world/
            hello-world.md       | :year-:month-:day-:title.html | /2013-07-14-hello-world.html
            hello-world.md       | :category/:title/             | /foo/bar/hello-world/
            hello-world.md       | :title-:hash/                 | /hello-world-a2c8ac003b43/
            lorem/hello-world.md | :year/:month/:day/:title/     | /2013/07/14/lorem/hello-world/
            lorem/hello-world.md | :year/:month/:day/:name/      | /2013/07/14/hello-world/
            hello-world.md       | :i_month/:i_day/:hour-:minute-:second/ | /7/14/17-01-34/
            hello-world.md       | :post_title.html              | /hello-world.html
            hello-world.md       | :timestamp/                   | /1373821294/
            hello-world.md       | :lang/:title/                 | /en/hello-world/
            hello-world.md       | :id/                          | /hello-world/
            你好 世界.md          | :year/:title/                 | /2013/%E4%BD%A0%E5%A5%BD%20%E4%B8%96%E7%95%8C/
            """)
    void postUrlsMatchHexosDocumentation(String file, String permalink, String url, @TempDir Path blog) throws IOException {
        assertThat(urlOf(blog, "permalink_defaults: {lang: en}\npermalink: " + permalink, file, "")).isEqualTo(url);
    }

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            root: /blog/                                     | ''                        | /blog/2013/07/14/hello-world/
            permalink: :lang/:title/                         | 'lang: tw'                | /tw/hello-world/
            permalink: :category/:title/                     | 'categories: '            | /uncategorized/hello-world/
            'permalink: :category/:title/'                   | 'categories: [[a, b], c]' | /c/hello-world/
            category_map: {foo: Foo Bar}                     | ''                        | /2013/07/14/hello-world/
            new_post_name: ':year-:month-:day-:title.md'     | ''                        | /2013/07/14/hello-world/
            post_asset_folder: true                          | 'permalink: custom/path'  | /custom/path/
            timezone: Asia/Shanghai                          | 'date: 2013-07-14 01:00:00' | /2013/07/14/hello-world/
            """)
    void configAndFrontMatterChangeUrlsAsInHexo(String config, String frontMatter, String url, @TempDir Path blog)
            throws IOException {
        String file = config.startsWith("new_post_name") ? "2013-07-14-hello-world.md" : "hello-world.md";
        assertThat(urlOf(blog, "permalink_defaults: {lang: en}\n" + config, file, frontMatter)).isEqualTo(url);
    }

    private static String urlOf(Path blog, String config, String file, String frontMatter) throws IOException {
        Files.writeString(blog.resolve("_config.yml"), config + "\n");
        Path post = blog.resolve("source/_posts").resolve(file);
        Files.createDirectories(post.getParent());
        String template = POST;
        if (frontMatter.startsWith("categories") || frontMatter.startsWith("date")) {
            String key = frontMatter.substring(0, frontMatter.indexOf(':'));
            template = template.replaceAll("(?m)^" + key + ":.*\\n(- .*\\n)*", "");
        }
        Files.writeString(post, template.formatted(frontMatter));
        LoadedContent content = new ContentLoader(blog, List.of()).load();
        MarkdownParser parser = MarkdownParser.forSite(content);
        Clock now = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
        ModelResult model = new SiteModeler(content.config(), new ModelOptions(false, false, now))
                .model(content, content.sources().stream().map(parser::parse).toList());
        assertThat(model.findings()).isEmpty();
        return model.site().items().get(0).url();
    }
}
