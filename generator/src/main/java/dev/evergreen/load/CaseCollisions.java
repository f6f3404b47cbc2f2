package dev.evergreen.load;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.SourcePos;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Content paths that differ only in upper and lower case. They work on Linux but overwrite each other
 * on a case-insensitive file system (Windows, macOS by default), in a checkout as in the output, so the
 * same repository would publish a different site there.
 */
final class CaseCollisions {

    private CaseCollisions() {
    }

    /** One error per path that collides with an earlier one; {@code paths} are relative and sorted. */
    static List<Finding> find(List<Path> paths) {
        Map<String, Path> first = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (Path path : paths) {
            String slashPath = path.toString().replace('\\', '/');
            Path earlier = first.putIfAbsent(slashPath.toLowerCase(Locale.ROOT), path);
            if (earlier != null) {
                findings.add(ContentFinding.error(SourcePos.wholeFile(path), "case-collision",
                        "this path differs from " + earlier.toString().replace('\\', '/')
                                + " only in upper and lower case, so one overwrites the other on Windows and macOS;"
                                + " rename one of them"));
            }
        }
        return findings;
    }
}
