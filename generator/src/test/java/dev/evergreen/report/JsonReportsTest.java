package dev.evergreen.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code links.json} and {@code links.sarif} read back as JSON, checking the fields consumers rely on. */
class JsonReportsTest {

    @Test
    void linksJsonIsVersionedAndCarriesStructuredFields() {
        Map<String, Object> json = object(MiniJson.parse(JsonReport.render(ReportFixture.report())));

        assertThat(json).containsEntry("version", 1L);
        Map<String, Object> summary = object(json.get("summary"));
        assertThat(summary).containsEntry("errors", 4L).containsEntry("warnings", 2L).containsEntry("info", 1L)
                .containsEntry("externalUrlsChecked", 7L).containsEntry("durationMillis", 1234L);
        assertThat(object(summary.get("kinds"))).containsEntry("broken", 2L);

        List<Object> findings = list(json.get("findings"));
        assertThat(findings).hasSize(ReportFixture.FINDINGS.size());
        assertThat(findings).extracting(f -> object(f).get("file") + ":" + object(f).get("line"))
                .containsExactly("posts/a.md:12", "posts/a.md:12", "posts/a.md:30", "posts/b.md:2",
                        "posts/中文.md:3", "recordings/talk 1.md:0", "templates/base.ftl:7");
        assertThat(object(findings.get(4))).containsEntry("url", ReportFixture.SCRIPT_URL)
                .containsEntry("status", "404").containsEntry("external", true).containsEntry("severity", "error");
        assertThat(object(findings.get(3))).doesNotContainKey("url")
                .containsEntry("detail", "date '2024-13-01' is not a date,\nwrite YYYY-MM-DD (100% of dates do)");
    }

    @Test
    void jsonStringsReadBackAsWritten() {
        String text = "tab\there \"q\" \u0007 <script> & \u2028";
        assertThat(MiniJson.parse(dev.evergreen.json.JsonString.quote(text))).isEqualTo(text);
    }

    @Test
    void sarifHasRulesPerKindAndLocatedResults() {
        Map<String, Object> sarif = object(MiniJson.parse(SarifReport.render(ReportFixture.report())));

        assertThat(sarif).containsEntry("version", "2.1.0");
        Map<String, Object> run = object(list(sarif.get("runs")).get(0));
        Map<String, Object> driver = object(object(object(run.get("tool")).get("driver")));
        assertThat(driver).containsEntry("name", "Evergreen");
        List<Object> rules = list(driver.get("rules"));
        assertThat(rules).extracting(r -> object(r).get("id"))
                .containsExactly("broken", "date", "front-matter", "missing-anchor", "moved", "unverified");

        List<Object> results = list(run.get("results"));
        assertThat(results).hasSize(ReportFixture.FINDINGS.size());
        for (Object result : results) {
            Map<String, Object> r = object(result);
            assertThat(object(rules.get(((Long) r.get("ruleIndex")).intValue()))).containsEntry("id", r.get("ruleId"));
        }
        assertThat(results).extracting(r -> object(r).get("level"))
                .containsExactly("error", "error", "warning", "warning", "error", "error", "note");

        Map<String, Object> anchor = physicalLocation(results.get(1));
        assertThat(object(anchor.get("artifactLocation"))).containsEntry("uri", "posts/a.md");
        assertThat(object(anchor.get("region"))).containsEntry("startLine", 12L).containsEntry("startColumn", 5L);
        Map<String, Object> wholeFile = physicalLocation(results.get(5));
        assertThat(object(wholeFile.get("artifactLocation"))).containsEntry("uri", "recordings/talk%201.md");
        assertThat(wholeFile).doesNotContainKey("region");
    }

    @Test
    void sarifUrisArePercentEncodedUtf8() {
        assertThat(SarifReport.uri("posts/中文 a~b_c-d.md")).isEqualTo("posts/%E4%B8%AD%E6%96%87%20a~b_c-d.md");
    }

    private static Map<String, Object> physicalLocation(Object result) {
        return object(object(list(object(result).get("locations")).get(0)).get("physicalLocation"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Object>) value;
    }
}
