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

class SiteConfigReaderTest {

    @TempDir
    Path root;

    @Test
    void absentFileGivesTheDefaults() {
        SiteConfig config = new SiteConfigReader(root).read();

        assertThat(config).isEqualTo(new SiteConfig("Evergreen site", "", URI.create("http://localhost:4000/"), "en",
                ZoneId.of("UTC"), "/:year/:month/:day/:slug/", 10, "default",
                Map.of("posts", Kind.ARTICLE, "recordings", Kind.RECORDING), List.of("developer", "marketing"),
                List.of(), Map.of(), LinkSettings.defaults(), java.util.Optional.empty()));
        assertThat(config.basePath()).isEqualTo("/");
        assertThat(config.defaultChannel()).isEqualTo("developer");
    }

    @Test
    void everyKeyIsRead() throws IOException {
        Files.writeString(root.resolve("site.yml"), """
                title: 常青 Notes
                description: Deep dives
                baseUrl: https://example.org/blog
                language: zh-CN
                timezone: Asia/Shanghai
                permalink: posts/:year/:slug
                perPage: 20
                theme: plain
                kinds:
                  notes: article
                  talks: Recording
                channels: [dev, marketing, partners]
                include: [_redirects]
                params:
                  github: evergreen
                  nav: [a, b]
                """);

        SiteConfig config = new SiteConfigReader(root).read();

        assertThat(config).isEqualTo(new SiteConfig("常青 Notes", "Deep dives", URI.create("https://example.org/blog/"),
                "zh-CN", ZoneId.of("Asia/Shanghai"), "/posts/:year/:slug/", 20, "plain",
                Map.of("notes", Kind.ARTICLE, "talks", Kind.RECORDING), List.of("dev", "marketing", "partners"),
                List.of("_redirects"), Map.of("github", "evergreen", "nav", List.of("a", "b")), LinkSettings.defaults(),
                java.util.Optional.empty()));
        assertThat(config.basePath()).isEqualTo("/blog/");
        assertThat(config.defaultChannel()).isEqualTo("dev");
        assertThat(config.absoluteUrl("/blog/a/")).isEqualTo("https://example.org/blog/a/");
    }

    @Test
    void malformedYamlIsAConfigErrorAtTheLine() {
        assertThatThrownBy(() -> read("title: ok\ndescription: fine\nperPage: 5\n  theme: indented\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.file()).contains(Path.of("site.yml"));
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.getMessage()).startsWith("malformed YAML");
                });
    }

    @Test
    void valueOfTheWrongTypeIsAConfigErrorAtItsKey() {
        assertThatThrownBy(() -> read("title: ok\n\nperPage: many\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).isEqualTo("'perPage' must be a whole number from 1 to 10000, found 'many'");
                    assertThat(e.describe()).isEqualTo("site.yml:3: " + e.getMessage());
                });
        assertThatThrownBy(() -> read("perPage: 0\n")).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> read("title:\n  nested: map\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.line()).isEqualTo(2));
        assertThatThrownBy(() -> read("channels: developer\n")).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> read("kinds:\n  posts: blogpost\n")).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> read("timezone: Mars/Olympus\n")).isInstanceOf(ConfigException.class);
    }

    @Test
    void baseUrlMustBeAbsoluteHttp() {
        for (String bad : List.of("example.org", "/blog/", "ftp://example.org/", "https://exa mple.org/")) {
            assertThatThrownBy(() -> read("title: t\nbaseUrl: \"" + bad + "\"\n"))
                    .as(bad)
                    .isInstanceOfSatisfying(ConfigException.class, e -> {
                        assertThat(e.line()).isEqualTo(2);
                        assertThat(e.getMessage()).startsWith("'baseUrl' must be an absolute http(s) URL");
                    });
        }
    }

    @Test
    void permalinkWithAnUnknownTokenIsRejected() {
        assertThatThrownBy(() -> read("permalink: /:year/:titel/:slug/\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("[:category, :day, :month, :slug, :year]");
                });
    }

    @Test
    void permalinkWithAnUnknownTokenInsideASegmentIsRejected() {
        assertThatThrownBy(() -> read("permalink: /archive-:yr/:slug/\n")).isInstanceOf(ConfigException.class);
    }

    @Test
    void permalinkMayJoinTokensInOneSegment() {
        assertThat(read("permalink: /:year-:month-:day-:slug\n").permalink()).isEqualTo("/:year-:month-:day-:slug/");
    }

    @Test
    void permalinkWithoutSlugIsRejected() {
        assertThatThrownBy(() -> read("title: t\npermalink: /:year/:month/\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("containing :slug");
                });
    }

    @Test
    void unknownKeyStillLoads() {
        SiteConfig config = read("titel: typo\ntitle: Real\n");

        assertThat(config.title()).isEqualTo("Real");
    }

    @Test
    void emptyFileGivesTheDefaults() {
        assertThat(read("")).isEqualTo(new SiteConfigReader(root).read());
    }

    @Test
    void topLevelListIsRejected() {
        assertThatThrownBy(() -> read("- a\n- b\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.line()).isEqualTo(1));
    }

    private SiteConfig read(String yaml) {
        return new SiteConfigReader(root).fromYaml(yaml);
    }
}
