package dev.evergreen.build;

import dev.evergreen.finding.ConfigException;
import dev.evergreen.load.ConfigOverrides;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a build is told from outside the content: the CLI and the Maven plugin both map their
 * options onto this one record, so they cannot drift apart.
 *
 * @param source the content directory (with {@code site.yml})
 * @param output where the site is published
 * @param reportDir where link reports go; default {@code <output>/../evergreen}
 * @param drafts publish items marked {@code draft: true}
 * @param future publish items dated in the future
 * @param offline skip the external link check, and say so
 * @param externalLinks whether external links are checked at all
 * @param linkCache the external check's cache file; default {@code <source>/../.evergreen/link-cache.json},
 *     outside any {@code target/} so that {@code mvn clean} keeps it
 * @param changedSince a git ref: check external links only in sources changed since it (internal links always all)
 * @param clock "now", for future-dated items and cache ages
 * @param environment the process environment, read for {@code GITHUB_ACTIONS}
 * @param outputTimestamp when set, the last-modified time given to every published file (Maven's
 *     {@code project.build.outputTimestamp}), so that an archive or a sync of the site is reproducible
 *     down to the file times; null leaves the times of writing
 * @param updateLedger add the URLs this build publishes to the content's {@code published-urls.txt}
 *     (never with drafts or future items, which readers do not see yet)
 * @param overrides the base URL and link severities this build sets over site.yml
 * @param buildCache where a build keeps what it published, so that the next one renders only what changed
 *     (and, in the file beside it named {@code .parse}, its parses, so that it parses only what changed);
 *     null: the default {@code <source>/../.evergreen/build-cache}, outside any {@code target/}; empty: no cache
 */
public record BuildOptions(Path source, Path output, Path reportDir, boolean drafts, boolean future, boolean offline,
                           ExternalLinks externalLinks, Path linkCache, String changedSince, Clock clock,
                           Map<String, String> environment, Instant outputTimestamp, boolean updateLedger,
                           ConfigOverrides overrides, Optional<Path> buildCache) {

    /** Whether links leaving the site are checked. */
    public enum ExternalLinks { CHECK, SKIP }

    public BuildOptions {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(output, "output");
        source = source.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
        reportDir = reportDir != null ? reportDir.toAbsolutePath().normalize() : defaultReportDir(output);
        linkCache = linkCache != null ? linkCache.toAbsolutePath().normalize() : defaultLinkCache(source);
        buildCache = buildCache != null ? buildCache.map(p -> p.toAbsolutePath().normalize())
                : Optional.of(defaultBuildCache(source));
        externalLinks = externalLinks != null ? externalLinks : ExternalLinks.CHECK;
        clock = clock != null ? clock : Clock.systemDefaultZone();
        environment = Map.copyOf(environment != null ? environment : Map.of());
        overrides = overrides != null ? overrides : ConfigOverrides.NONE;
        // Publishing replaces the output directory wholesale; it must never take the content with it.
        if (source.startsWith(output)) {
            throw new ConfigException(output, 0, "the output directory contains the content directory " + source
                    + " and publishing would replace it; choose an output outside the content");
        }
        if (updateLedger && (drafts || future)) {
            throw new ConfigException(null, 0, "the ledger records what readers see: update it without drafts or future items");
        }
    }

    /** Options with the default build cache. */
    public BuildOptions(Path source, Path output, Path reportDir, boolean drafts, boolean future, boolean offline,
                        ExternalLinks externalLinks, Path linkCache, String changedSince, Clock clock,
                        Map<String, String> environment, Instant outputTimestamp, boolean updateLedger,
                        ConfigOverrides overrides) {
        this(source, output, reportDir, drafts, future, offline, externalLinks, linkCache, changedSince, clock,
                environment, outputTimestamp, updateLedger, overrides, null);
    }

    /** Options for a plain build of {@code source} into {@code output}, with every default. */
    public static BuildOptions of(Path source, Path output) {
        return new BuildOptions(source, output, null, false, false, false, null, null, null, null, null, null, false, null);
    }

    public static Path defaultReportDir(Path output) {
        Path parent = output.toAbsolutePath().normalize().getParent();
        return (parent != null ? parent : output).resolve("evergreen");
    }

    public static Path defaultLinkCache(Path source) {
        return besideSource(source).resolve("link-cache.json");
    }

    public static Path defaultBuildCache(Path source) {
        return besideSource(source).resolve("build-cache");
    }

    private static Path besideSource(Path source) {
        Path parent = source.toAbsolutePath().normalize().getParent();
        return (parent != null ? parent : source).resolve(".evergreen");
    }

    public Optional<String> changedSinceRef() {
        return Optional.ofNullable(changedSince).filter(s -> !s.isBlank());
    }

    public BuildOptions withOffline(boolean value) {
        return new BuildOptions(source, output, reportDir, drafts, future, value, externalLinks, linkCache,
                changedSince, clock, environment, outputTimestamp, updateLedger, overrides, buildCache);
    }

    public BuildOptions withExternalLinks(ExternalLinks value) {
        return new BuildOptions(source, output, reportDir, drafts, future, offline, value, linkCache,
                changedSince, clock, environment, outputTimestamp, updateLedger, overrides, buildCache);
    }

    public BuildOptions withDrafts(boolean value) {
        return new BuildOptions(source, output, reportDir, value, future, offline, externalLinks, linkCache,
                changedSince, clock, environment, outputTimestamp, updateLedger, overrides, buildCache);
    }

    public BuildOptions withUpdateLedger(boolean value) {
        return new BuildOptions(source, output, reportDir, drafts, future, offline, externalLinks, linkCache,
                changedSince, clock, environment, outputTimestamp, value, overrides, buildCache);
    }

    public BuildOptions withClock(Clock value) {
        return new BuildOptions(source, output, reportDir, drafts, future, offline, externalLinks, linkCache,
                changedSince, value, environment, outputTimestamp, updateLedger, overrides, buildCache);
    }

    public BuildOptions withBuildCache(Optional<Path> value) {
        return new BuildOptions(source, output, reportDir, drafts, future, offline, externalLinks, linkCache,
                changedSince, clock, environment, outputTimestamp, updateLedger, overrides, value);
    }
}
