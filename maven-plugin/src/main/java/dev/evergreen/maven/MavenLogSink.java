package dev.evergreen.maven;

import dev.evergreen.finding.Severity;
import dev.evergreen.report.ReportSink;
import org.apache.maven.plugin.logging.Log;

/** Routes the build's report lines to Maven's log by severity: {@code [ERROR] posts/a.md:42: broken: ...}. */
final class MavenLogSink implements ReportSink {

    private final Log log;

    MavenLogSink(Log log) {
        this.log = log;
    }

    @Override
    public void line(Severity severity, String text) {
        switch (severity) {
            case ERROR -> log.error(text);
            case WARNING -> log.warn(text);
            case INFO -> log.info(text);
        }
    }
}
