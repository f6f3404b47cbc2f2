package dev.evergreen.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options that say which site is built and which items it includes; shared by build and serve. */
final class SiteSelection {

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "The content directory, with site.yml (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "public",
            description = "Where the site is written (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--drafts", description = "Publish items marked draft: true.")
    boolean drafts;

    @Option(names = "--future", description = "Publish items dated in the future.")
    boolean future;
}
