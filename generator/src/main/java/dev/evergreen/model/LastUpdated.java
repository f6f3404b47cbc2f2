package dev.evergreen.model;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.SourcePos;
import dev.evergreen.load.DocsSettings;
import dev.evergreen.load.Source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Last updated" of documentation pages from git history, when site.yml asks for it: the committer date
 * of the latest commit touching each file, so the same checkout always gives the same dates (a file's
 * modification time would change with every clone). Read with one {@code git log} for the whole repository.
 */
final class LastUpdated {

    private static final LastUpdated NONE = new LastUpdated(Map.of());
    private static final String COMMIT_MARK = "\u0001";

    private final Map<Path, ZonedDateTime> byFile;

    private LastUpdated(Map<Path, ZonedDateTime> byFile) {
        this.byFile = Map.copyOf(byFile);
    }

    static LastUpdated of(DocsSettings docs, List<Source> sources, ZoneId zone, List<Finding> findings) {
        if (!docs.lastUpdatedFromGit() || sources.isEmpty()) {
            return NONE;
        }
        Path root = docs.repositoryRoot();
        ProcessBuilder git = new ProcessBuilder("git", "-c", "core.quotePath=false", "log",
                "--format=" + COMMIT_MARK + "%cI", "--name-only", "--no-renames")
                .directory(root.toFile())
                .redirectErrorStream(true);
        try {
            Process process = git.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                return unreadable(output.strip(), findings);
            }
            return new LastUpdated(parse(output, root, zone));
        } catch (IOException | DateTimeParseException e) {
            return unreadable(e.getMessage(), findings);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unreadable("interrupted", findings);
        }
    }

    private static LastUpdated unreadable(String why, List<Finding> findings) {
        findings.add(ContentFinding.warning(SourcePos.wholeFile(Path.of("site.yml")), "last-updated",
                "docs.lastUpdated is git, but the git history cannot be read (" + why
                        + "); pages show their front matter 'updated' only"));
        return NONE;
    }

    /** Newest commit first: the first date seen for a file is its last update. */
    private static Map<Path, ZonedDateTime> parse(String log, Path root, ZoneId zone) {
        Map<Path, ZonedDateTime> dates = new HashMap<>();
        ZonedDateTime current = null;
        for (String line : log.split("\n")) {
            if (line.startsWith(COMMIT_MARK)) {
                current = OffsetDateTime.parse(line.substring(1).strip()).atZoneSameInstant(zone);
            } else if (!line.isBlank() && current != null) {
                dates.putIfAbsent(root.resolve(line.strip()).normalize(), current);
            }
        }
        return dates;
    }

    Optional<ZonedDateTime> of(Source source) {
        return Optional.ofNullable(byFile.get(source.file().toAbsolutePath().normalize()));
    }
}
