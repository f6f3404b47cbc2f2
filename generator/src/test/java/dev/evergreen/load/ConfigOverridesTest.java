package dev.evergreen.load;

import dev.evergreen.finding.ConfigException;
import dev.evergreen.finding.LinkProblem;
import dev.evergreen.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a build says over site.yml: a deployment's base URL and link severities. */
class ConfigOverridesTest {

    @Test
    void theBuildsBaseUrlAndSeveritiesWinOverSiteYml(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("site.yml"), """
                baseUrl: https://example.org/
                links:
                  severity: {moved: warning, soft-404: error}
                """);
        ConfigOverrides overrides = ConfigOverrides.parse("https://preview.example.org/pr-7",
                Map.of("moved", "error", "blocked", "info"), "--base-url");

        SiteConfig config = new ContentLoader(root, List.of(), overrides).load().config();

        assertThat(config.baseUrl()).isEqualTo(URI.create("https://preview.example.org/pr-7/"));
        assertThat(config.basePath()).isEqualTo("/pr-7/");
        assertThat(config.links().severities()).isEqualTo(Map.of(LinkProblem.MOVED, Severity.ERROR,
                LinkProblem.SOFT_404, Severity.ERROR, LinkProblem.BLOCKED, Severity.INFO));
    }

    @Test
    void noOverridesKeepSiteYml(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("site.yml"), "baseUrl: https://example.org/\n");
        assertThat(new ContentLoader(root, List.of(), ConfigOverrides.parse(null, Map.of(), "x")).load().config().baseUrl())
                .isEqualTo(URI.create("https://example.org/"));
    }

    @Test
    void aRelativeBaseUrlOrAnUnknownKindIsAConfigurationError() {
        assertThatThrownBy(() -> ConfigOverrides.parse("/preview/", Map.of(), "--base-url"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("absolute http(s) URL");
        assertThatThrownBy(() -> ConfigOverrides.parse(null, Map.of("dead", "error"), "--severity"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("broken, missing-anchor");
        assertThatThrownBy(() -> ConfigOverrides.parse(null, Map.of("moved", "fatal"), "--severity"))
                .isInstanceOf(ConfigException.class);
    }
}
