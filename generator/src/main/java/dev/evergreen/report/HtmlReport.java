package dev.evergreen.report;

import dev.evergreen.finding.Finding;
import dev.evergreen.finding.LinkFinding;
import dev.evergreen.finding.Severity;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code link-report.html}: one self-contained page people read instead of a build log. Built with
 * jsoup's node API, so every piece of finding text is escaped by construction; the content security
 * policy allows only this page's own script (by hash), so even a mistake there could not run a URL's
 * markup. Complete without JavaScript; the script only adds the filters.
 */
final class HtmlReport {

    private static final String STYLE = """
            body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #1b1f24; background: #fff; }
            main { max-width: 80rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
            h1 { font-size: 1.5rem; }
            .counts { display: inline-table; margin: 0 2rem 1rem 0; border-collapse: collapse; vertical-align: top; }
            .counts caption { text-align: left; font-weight: 600; }
            .counts th, .counts td { padding: .15rem .75rem .15rem 0; text-align: left; font-weight: normal; }
            #filters { margin: 1rem 0; display: flex; gap: 1rem; flex-wrap: wrap; align-items: center; }
            #filters[hidden] { display: none; }
            #findings { width: 100%; border-collapse: collapse; }
            #findings th, #findings td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #d8dee4; }
            #findings td { overflow-wrap: anywhere; }
            tr.error .severity { color: #b3261e; font-weight: 600; }
            tr.warning .severity { color: #8a5a00; font-weight: 600; }
            .hint { color: #57606a; }
            code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
            @media (prefers-color-scheme: dark) {
              body { background: #0d1117; color: #e6edf3; }
              #findings th, #findings td { border-color: #30363d; }
              tr.error .severity { color: #ff7b72; }
              tr.warning .severity { color: #d29922; }
              .hint { color: #8b949e; }
            }
            @media print { #filters { display: none; } }
            """;

    private static final String SCRIPT = """
            (function () {
              var form = document.getElementById('filters');
              if (!form) { return; }
              var kind = document.getElementById('kind-filter');
              var file = document.getElementById('file-filter');
              var shown = document.getElementById('shown');
              var rows = document.querySelectorAll('#findings tbody tr');
              function apply() {
                var count = 0;
                rows.forEach(function (row) {
                  var visible = (!kind.value || row.dataset.kind === kind.value)
                      && (!file.value || row.dataset.file === file.value);
                  row.hidden = !visible;
                  if (visible) { count++; }
                });
                shown.textContent = count + ' of ' + rows.length + ' shown';
              }
              kind.addEventListener('change', apply);
              file.addEventListener('change', apply);
              form.hidden = false;
              apply();
            })();
            """;

    private HtmlReport() {
    }

    static String render(Report report) {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).indentAmount(2);
        doc.prependChild(new DocumentType("html", "", ""));
        doc.selectFirst("html").attr("lang", "en");
        head(doc.head(), report);
        Element main = doc.body().appendElement("main");
        main.appendElement("h1").text("Evergreen link report");
        main.appendElement("p").addClass("checked")
                .text("Evergreen " + report.checkedText() + ": " + report.severityCounts() + ".");
        summary(main.appendElement("section").id("summary"), report);
        if (report.findings().isEmpty()) {
            main.appendElement("p").text("No findings.");
        } else {
            filters(main, report);
            findings(main, report.findings());
        }
        doc.body().appendElement("script").appendChild(new DataNode(SCRIPT));
        return doc.outerHtml() + "\n";
    }

    private static void head(Element head, Report report) {
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content",
                "default-src 'none'; style-src 'unsafe-inline'; script-src '" + sha256(SCRIPT) + "'");
        head.appendElement("title").text("Evergreen link report: " + report.severityCounts());
        head.appendElement("style").appendChild(new DataNode(STYLE));
    }

    private static void summary(Element section, Report report) {
        Element bySeverity = countsTable(section, "By severity");
        for (Severity severity : Severity.values()) {
            countRow(bySeverity, severity.label(), report.count(severity));
        }
        Map<String, Long> byKind = report.countsByKind();
        if (!byKind.isEmpty()) {
            Element table = countsTable(section, "By kind");
            byKind.forEach((kind, count) -> countRow(table, kind, count));
        }
    }

    private static Element countsTable(Element parent, String caption) {
        Element table = parent.appendElement("table").addClass("counts");
        table.appendElement("caption").text(caption);
        return table.appendElement("tbody");
    }

    private static void countRow(Element table, String name, long count) {
        Element row = table.appendElement("tr");
        row.appendElement("th").attr("scope", "row").text(name);
        row.appendElement("td").text(Long.toString(count));
    }

    /** Hidden until the script shows it: without JavaScript a filter that does nothing would only confuse. */
    private static void filters(Element main, Report report) {
        Element form = main.appendElement("form").id("filters").attr("hidden", true);
        select(form, "Kind", "kind-filter", "all kinds", List.copyOf(report.countsByKind().keySet()));
        select(form, "File", "file-filter", "all files", List.copyOf(report.byFile().keySet()));
        form.appendElement("output").id("shown").attr("for", "kind-filter file-filter");
    }

    private static void select(Element form, String label, String id, String all, List<String> values) {
        Element select = form.appendElement("label").text(label + " ").appendElement("select").id(id);
        select.appendElement("option").attr("value", "").text(all);
        values.forEach(value -> select.appendElement("option").attr("value", value).text(value));
    }

    private static void findings(Element main, List<Finding> findings) {
        Element table = main.appendElement("table").id("findings");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : List.of("Location", "Severity", "Kind", "URL or detail", "Page")) {
            head.appendElement("th").attr("scope", "col").text(column);
        }
        Element body = table.appendElement("tbody");
        findings.forEach(finding -> row(body, finding));
    }

    private static void row(Element body, Finding finding) {
        Element row = body.appendElement("tr").addClass(finding.severity().label())
                .attr("data-kind", finding.kind())
                .attr("data-file", finding.pos().displayPath());
        row.appendElement("td").appendElement("code").text(ConsoleReport.location(finding));
        row.appendElement("td").addClass("severity").text(finding.severity().label());
        row.appendElement("td").text(finding.kind());
        Element what = row.appendElement("td");
        Element page = row.appendElement("td");
        if (finding instanceof LinkFinding link) {
            what.appendElement("code").text(link.url());
            if (!link.status().isEmpty()) {
                what.appendText(" (" + link.status() + ")");
            }
            if (!link.hint().isEmpty()) {
                what.appendElement("div").addClass("hint").text(link.hint());
            }
            page.appendElement("code").text(link.page());
        } else {
            what.text(finding.detail());
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
