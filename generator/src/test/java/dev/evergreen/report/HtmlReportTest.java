package dev.evergreen.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {

    private final Document html = Jsoup.parse(HtmlReport.render(ReportFixture.report()));

    @Test
    void summaryCountsBySeverityAndKind() {
        assertThat(html.select("p.checked").text()).isEqualTo("Evergreen checked 12 pages, 40 internal links and "
                + "7 external URLs in 1.2 s: 4 errors, 2 warnings, 1 info.");
        assertThat(html.select("#summary table:first-child tr").eachText())
                .containsExactly("error 4", "warning 2", "info 1");
        assertThat(html.select("#summary table:nth-child(2) tr").eachText()).containsExactly("broken 2", "date 1",
                "front-matter 1", "missing-anchor 1", "moved 1", "unverified 1");
    }

    @Test
    void oneRowPerFindingInReportOrder() {
        List<Element> rows = html.select("#findings tbody tr");

        assertThat(rows).hasSize(ReportFixture.FINDINGS.size());
        assertThat(rows).extracting(r -> r.child(0).text()).containsExactly("posts/a.md:12", "posts/a.md:12",
                "posts/a.md:30", "posts/b.md:2", "posts/中文.md:3", "recordings/talk 1.md", "templates/base.ftl:7");
        assertThat(rows.get(2).text()).isEqualTo("posts/a.md:30 warning moved http://old.example.org/x (301) "
                + "update to https://new.example.org/x /2024/01/02/a/");
        assertThat(rows.get(4).attr("data-kind")).isEqualTo("broken");
        assertThat(rows.get(4).attr("data-file")).isEqualTo("posts/中文.md");
    }

    @Test
    void markupInAUrlIsText() {
        Element cell = html.select("#findings tbody tr").get(4).child(3);

        assertThat(cell.selectFirst("code").text()).isEqualTo(ReportFixture.SCRIPT_URL);
        assertThat(html.select("script")).hasSize(1);
        assertThat(html.select("script").first().parent()).isEqualTo(html.body());
    }

    @Test
    void onlyItsOwnScriptMayRun() throws Exception {
        String script = html.selectFirst("script").data();
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));

        assertThat(html.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("default-src 'none'")
                .contains("script-src 'sha256-" + hash + "'");
    }

    @Test
    void filtersAreHiddenUntilTheScriptRunsAndListKindsAndFiles() {
        Element form = html.getElementById("filters");

        assertThat(form.hasAttr("hidden")).isTrue();
        assertThat(form.select("#kind-filter option").eachAttr("value")).containsExactly("", "broken", "date",
                "front-matter", "missing-anchor", "moved", "unverified");
        assertThat(form.select("#file-filter option").eachAttr("value")).containsExactly("", "posts/a.md",
                "posts/b.md", "posts/中文.md", "recordings/talk 1.md", "templates/base.ftl");
    }

    @Test
    void aCleanBuildSaysSo() {
        Document clean = Jsoup.parse(HtmlReport.render(Report.of(List.of(), List.of(), ReportFixture.STATS)));

        assertThat(clean.select("main > p").eachText()).contains("No findings.");
        assertThat(clean.getElementById("findings")).isNull();
        assertThat(clean.getElementById("filters")).isNull();
    }
}
