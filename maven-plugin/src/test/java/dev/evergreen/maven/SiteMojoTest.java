package dev.evergreen.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the goals' parameters become build options: outputTimestamp as Maven reads it, severities, the caches. */
class SiteMojoTest {

    @Test
    void readsIsoAndEpochSecondsAndTreatsOneCharacterAsNone() throws Exception {
        assertThat(SiteMojo.timestamp("2025-06-01T12:00:00Z")).isEqualTo(Instant.parse("2025-06-01T12:00:00Z"));
        assertThat(SiteMojo.timestamp("2025-06-01T14:00:00+02:00")).isEqualTo(Instant.parse("2025-06-01T12:00:00Z"));
        assertThat(SiteMojo.timestamp("1748779200")).isEqualTo(Instant.parse("2025-06-01T12:00:00Z"));
        assertThat(SiteMojo.timestamp("")).isNull();
        assertThat(SiteMojo.timestamp("0")).isNull();
        assertThat(SiteMojo.timestamp(null)).isNull();
    }

    @Test
    void readsSeveritiesAsCommaSeparatedPairs() {
        assertThat(SiteMojo.pairs(" moved=error, soft-404=warning ,,blocked")).containsExactly(
                java.util.Map.entry("moved", "error"), java.util.Map.entry("soft-404", "warning"),
                java.util.Map.entry("blocked", ""));
        assertThat(SiteMojo.pairs(null)).isEmpty();
    }

    @Test
    void refusesAnythingElse() {
        assertThatThrownBy(() -> SiteMojo.timestamp("yesterday"))
                .isInstanceOf(MojoExecutionException.class).hasMessageContaining("'yesterday'");
    }

    @Test
    void useBuildCacheFalseTurnsTheCachesOff(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        BuildMojo mojo = new BuildMojo();
        mojo.sourceDirectory = dir.resolve("src").toFile();
        mojo.outputDirectory = dir.resolve("site").toFile();
        mojo.reportDirectory = dir.resolve("reports").toFile();
        mojo.linkCache = dir.resolve("link-cache.json").toFile();
        mojo.buildCache = dir.resolve("build-cache").toFile();
        mojo.useBuildCache = true;

        assertThat(mojo.buildOptions(dev.evergreen.build.BuildOptions.ExternalLinks.SKIP).buildCache())
                .contains(dir.resolve("build-cache"));
        mojo.useBuildCache = false;
        assertThat(mojo.buildOptions(dev.evergreen.build.BuildOptions.ExternalLinks.SKIP).buildCache()).isEmpty();
    }
}
