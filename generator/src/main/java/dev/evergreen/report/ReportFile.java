package dev.evergreen.report;

import java.util.function.Function;

/** The report files, by the names DESIGN fixes, in the order they are written. */
enum ReportFile {
    JSON("links.json", JsonReport::render),
    JUNIT("links-junit.xml", JunitReport::render),
    SARIF("links.sarif", SarifReport::render),
    HTML("link-report.html", HtmlReport::render);

    private final String fileName;
    private final Function<Report, String> renderer;

    ReportFile(String fileName, Function<Report, String> renderer) {
        this.fileName = fileName;
        this.renderer = renderer;
    }

    String fileName() {
        return fileName;
    }

    String render(Report report) {
        return renderer.apply(report);
    }
}
