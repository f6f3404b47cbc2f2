package dev.evergreen.report;

import dev.evergreen.finding.Severity;

import java.io.PrintStream;

/**
 * Where the console report goes, one line at a time with the severity it speaks for: a finding line
 * carries the finding's severity, summary and header lines {@link Severity#INFO}. A plain console
 * ignores the severity; the Maven plugin routes each line to {@code [ERROR]}, {@code [WARNING]} or
 * {@code [INFO]}.
 */
@FunctionalInterface
public interface ReportSink {

    void line(Severity severity, String text);

    static ReportSink of(PrintStream out) {
        return (severity, text) -> out.println(text);
    }
}
