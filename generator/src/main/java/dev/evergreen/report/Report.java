package dev.evergreen.report;

import dev.evergreen.finding.Finding;
import dev.evergreen.finding.LinkFinding;
import dev.evergreen.finding.Severity;
import dev.evergreen.finding.SourcePos;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The findings of one build in the one order every output uses, with the counts they all print.
 *
 * @param files every source file seen, those without findings included, as displayed paths
 */
record Report(List<Finding> findings, SortedSet<String> files, ReportStats stats) {

    /** Position first, then the rest, so that findings at the same place still sort the same way every build. */
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::pos)
            .thenComparing(Finding::severity)
            .thenComparing(Finding::kind)
            .thenComparing(Finding::detail)
            .thenComparing(Report::page);

    static Report of(Collection<? extends Finding> findings, Collection<Path> sourceFiles, ReportStats stats) {
        List<Finding> sorted = findings.stream().sorted(ORDER).collect(Collectors.toUnmodifiableList());
        SortedSet<String> files = new TreeSet<>();
        sourceFiles.forEach(file -> files.add(SourcePos.wholeFile(file).displayPath()));
        sorted.forEach(f -> files.add(f.pos().displayPath()));
        return new Report(sorted, Collections.unmodifiableSortedSet(files), stats);
    }

    static String page(Finding finding) {
        return finding instanceof LinkFinding link ? link.page() : "";
    }

    long count(Severity severity) {
        return count(findings, severity);
    }

    SortedMap<String, Long> countsByKind() {
        return findings.stream().collect(Collectors.groupingBy(Finding::kind, TreeMap::new, Collectors.counting()));
    }

    /** Only files with findings, in path order; findings keep their order within a file. */
    SortedMap<String, List<Finding>> byFile() {
        return findings.stream().collect(Collectors.groupingBy(f -> f.pos().displayPath(), TreeMap::new,
                Collectors.toList()));
    }

    /** {@code 2 errors, 1 warning, 0 info}: always all three, so scripts and eyes find them in one place. */
    String severityCounts() {
        return Stream.of(Severity.values()).map(s -> counted(count(s), s)).collect(Collectors.joining(", "));
    }

    /** {@code 2 errors, 1 warning} for the findings of one file: only the severities present. */
    static String severityCounts(List<Finding> findings) {
        return Stream.of(Severity.values())
                .filter(s -> count(findings, s) > 0)
                .map(s -> counted(count(findings, s), s))
                .collect(Collectors.joining(", "));
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    private static String counted(long count, Severity severity) {
        return severity == Severity.INFO ? count + " info" : plural(count, severity.label());
    }

    String checkedText() {
        return "checked " + plural(stats.pagesBuilt(), "page") + ", "
                + plural(stats.internalLinksChecked(), "internal link") + " and "
                + plural(stats.externalUrlsChecked(), "external URL") + " in " + durationText();
    }

    String durationText() {
        long millis = stats.durationMillis();
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
