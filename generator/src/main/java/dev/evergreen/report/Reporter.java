package dev.evergreen.report;

import dev.evergreen.finding.EvergreenException;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.Severity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The report stage: turns a build's findings into the console summary (plus GitHub Actions annotations
 * when running there) and the report files {@code links.json}, {@code links-junit.xml},
 * {@code links.sarif} and {@code link-report.html}. The only place a finding is formatted.
 */
public final class Reporter {

    private static final Logger LOG = LoggerFactory.getLogger(Reporter.class);

    private final ReportOptions options;

    public Reporter(ReportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Prints the summary line, the findings grouped by file as {@code path:line: kind: detail}, and the
     * totals; then, under GitHub Actions, one workflow command per finding.
     */
    public void print(Collection<? extends Finding> findings, ReportStats stats, PrintStream out) {
        print(findings, stats, ReportSink.of(out));
        out.flush();
    }

    /** The same lines as {@link #print(Collection, ReportStats, PrintStream)}, each with its severity. */
    public void print(Collection<? extends Finding> findings, ReportStats stats, ReportSink sink) {
        Report report = Report.of(findings, List.of(), stats);
        ConsoleReport.print(report, sink);
        if (GithubAnnotations.wanted(options.environment())) {
            new GithubAnnotations(options.contentRoot(), options.environment()).lines(report)
                    .forEach(line -> sink.line(Severity.INFO, line));
        }
    }

    /** One finding as the console prints it, {@code path:line: kind: detail}. */
    public static String line(Finding finding) {
        return ConsoleReport.line(finding);
    }

    /**
     * Writes the four report files into {@link ReportOptions#directory()}, each atomically.
     *
     * @param sourceFiles every source file the build read (relative to the content root), so the JUnit
     *                    report lists the clean ones as passed tests too
     * @return the files written
     * @throws EvergreenException if the directory or a file cannot be written
     */
    public List<Path> write(Collection<? extends Finding> findings, Collection<Path> sourceFiles, ReportStats stats) {
        Report report = Report.of(findings, sourceFiles, stats);
        Path directory = options.directory();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new EvergreenException(directory, 0, "cannot create the report directory: " + e, e);
        }
        List<Path> written = new ArrayList<>();
        for (ReportFile kind : ReportFile.values()) {
            Path file = directory.resolve(kind.fileName());
            AtomicFiles.write(file, kind.render(report));
            written.add(file);
        }
        LOG.info("wrote {} reports to {}", written.size(), directory);
        return List.copyOf(written);
    }
}
