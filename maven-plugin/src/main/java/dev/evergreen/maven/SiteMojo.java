package dev.evergreen.maven;

import dev.evergreen.build.Build;
import dev.evergreen.build.BuildOptions;
import dev.evergreen.build.BuildResult;
import dev.evergreen.check.CheckProgress;
import dev.evergreen.finding.EvergreenException;
import dev.evergreen.load.ConfigOverrides;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters every goal that builds the site shares, and their one mapping onto {@link BuildOptions}.
 */
abstract class SiteMojo extends AbstractMojo {

    /** The content directory, with site.yml. */
    @Parameter(property = "evergreen.sourceDirectory", defaultValue = "${project.basedir}/src/main/evergreen")
    File sourceDirectory;

    /** Where the site is written. */
    @Parameter(property = "evergreen.outputDirectory", defaultValue = "${project.build.directory}/site")
    File outputDirectory;

    /** Where links.json, links-junit.xml, links.sarif and link-report.html are written. */
    @Parameter(property = "evergreen.reportDirectory", defaultValue = "${project.build.directory}/evergreen")
    File reportDirectory;

    /** The external link cache; outside target/ so that mvn clean keeps it. */
    @Parameter(property = "evergreen.linkCache", defaultValue = "${project.basedir}/.evergreen/link-cache.json")
    File linkCache;

    /**
     * What a build published (and, in the file beside it with {@code .parse} added, every Markdown file's
     * parse), so that the next build parses and renders only what changed; outside target/ so that mvn clean
     * keeps it. {@code serve} starts from it and keeps later rebuilds in memory.
     */
    @Parameter(property = "evergreen.buildCache", defaultValue = "${project.basedir}/.evergreen/build-cache")
    File buildCache;

    /** False parses and renders every page and keeps no build or parse cache (the CLI's --no-build-cache). */
    @Parameter(property = "evergreen.useBuildCache", defaultValue = "true")
    boolean useBuildCache;

    /** Publish items marked draft: true. */
    @Parameter(property = "evergreen.drafts", defaultValue = "false")
    boolean drafts;

    /** Publish items dated in the future. */
    @Parameter(property = "evergreen.future", defaultValue = "false")
    boolean future;

    /** Do not check external links (the build says how many went unchecked); follows Maven's offline mode (-o). */
    @Parameter(property = "evergreen.offline", defaultValue = "${settings.offline}")
    boolean offline;

    /** Check external links only in files changed since this git ref (internal links are always all checked). */
    @Parameter(property = "evergreen.changedSince")
    String changedSince;

    /**
     * The last-modified time given to every published file, as ISO-8601 or seconds since the epoch;
     * empty leaves the times of writing. The bytes of the site are reproducible either way.
     */
    @Parameter(property = "evergreen.outputTimestamp", defaultValue = "${project.build.outputTimestamp}")
    String outputTimestamp;

    /**
     * Add the URLs this build publishes to published-urls.txt in the source directory, then commit it;
     * CI never sets this.
     */
    @Parameter(property = "evergreen.updateLedger", defaultValue = "false")
    boolean updateLedger;

    /** The base URL of this deployment (a preview, a mirror), over site.yml's baseUrl; empty keeps site.yml's. */
    @Parameter(property = "evergreen.baseUrl")
    String baseUrl;

    /**
     * How much kinds of link problem matter, over site.yml's links.severity: comma-separated
     * {@code kind=level} pairs, e.g. {@code moved=error,soft-404=error}.
     */
    @Parameter(property = "evergreen.severities")
    String severities;

    /** Skip this goal. */
    @Parameter(property = "evergreen.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("evergreen skipped (evergreen.skip=true): nothing built");
            return;
        }
        run();
    }

    abstract void run() throws MojoExecutionException, MojoFailureException;

    BuildOptions buildOptions(BuildOptions.ExternalLinks externalLinks) throws MojoExecutionException {
        try {
            return new BuildOptions(sourceDirectory.toPath(), outputDirectory.toPath(), reportDirectory.toPath(),
                    drafts, future, offline, externalLinks, linkCache.toPath(), changedSince, null, System.getenv(),
                    timestamp(outputTimestamp), updateLedger,
                    ConfigOverrides.parse(baseUrl, pairs(severities), "evergreen.baseUrl/evergreen.severities"),
                    useBuildCache ? Optional.of(buildCache.toPath()) : Optional.empty());
        } catch (EvergreenException e) {
            throw new MojoExecutionException(e.describe(), e);
        }
    }

    /** {@code a=b,c=d} as a map; a pair without {@code =} maps to an empty level, which parse reports. */
    static Map<String, String> pairs(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        if (text != null) {
            for (String pair : text.split(",")) {
                if (!pair.isBlank()) {
                    int eq = pair.indexOf('=');
                    map.put(eq < 0 ? pair.strip() : pair.substring(0, eq).strip(), eq < 0 ? "" : pair.substring(eq + 1).strip());
                }
            }
        }
        return map;
    }

    /** Maven's convention: ISO-8601 or epoch seconds; a value of one character or less means none. */
    static Instant timestamp(String value) throws MojoExecutionException {
        if (value == null || value.strip().length() < 2) {
            return null;
        }
        String text = value.strip();
        try {
            return text.chars().allMatch(Character::isDigit)
                    ? Instant.ofEpochSecond(Long.parseLong(text))
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new MojoExecutionException("evergreen.outputTimestamp must be ISO-8601 (2026-01-01T00:00:00Z)"
                    + " or seconds since the epoch, not '" + value + "'");
        }
    }

    BuildResult build(BuildOptions options) throws MojoExecutionException {
        try {
            return new Build(options, CheckProgress.NONE, new MavenLogSink(getLog())).run();
        } catch (EvergreenException e) {
            throw new MojoExecutionException(e.describe(), e);
        }
    }
}
