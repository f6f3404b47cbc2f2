package dev.evergreen.report;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where reports go and what the environment says about the console.
 *
 * @param directory the folder {@code links.json}, {@code links-junit.xml}, {@code links.sarif} and
 *                  {@code link-report.html} are written to
 * @param contentRoot the folder finding paths are relative to; GitHub annotations need it to name files
 *                    relative to the repository
 * @param environment the process environment ({@code System.getenv()} in the CLI), read for
 *                    {@code GITHUB_ACTIONS} and {@code GITHUB_WORKSPACE}; passed in so tests control it
 */
public record ReportOptions(Path directory, Path contentRoot, Map<String, String> environment) {

    public ReportOptions {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(contentRoot, "contentRoot");
        environment = Map.copyOf(environment);
    }
}
