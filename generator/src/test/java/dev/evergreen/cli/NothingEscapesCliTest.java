package dev.evergreen.cli;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile text in content stays text in every output, and a build writes only where it was told to. */
class NothingEscapesCliTest {

    private static final String HOSTILE = "</script><script>alert(1)</script> & \"quotes\" <b>bold</b>";

    @TempDir
    Path tmp;

    @Test
    void scriptInATitleIsTextInEveryOutput() throws IOException {
        Scenario scenario = Scenario.published(tmp);
        scenario.write("posts/hostile.md", "---\ntitle: '" + HOSTILE + "'\ndate: 2024-02-01\ntags: ['" + HOSTILE
                + "']\ndescription: '" + HOSTILE + "'\n---\nText.\n");

        CliRun run = scenario.build();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        Map<String, String> files = Scenario.snapshot(scenario.output);
        assertThat(files).isNotEmpty();
        for (String path : files.keySet()) {
            String text = Files.readString(scenario.output.resolve(path), StandardCharsets.UTF_8);
            assertThat(text).as(path).doesNotContain("<script>alert", "<b>bold");
            if (path.endsWith(".html")) {
                Document doc = Jsoup.parse(text);
                // Scripts the page runs never carry the title; JSON-LD carries it as data, with every
                // character that could end the script element escaped.
                assertThat(doc.select("script:not([type=application/ld+json])")).as(path)
                        .allSatisfy(script -> assertThat(script.data()).doesNotContain("alert"));
                assertThat(doc.select("script[type=application/ld+json]")).as(path)
                        .allSatisfy(script -> assertThat(script.data()).doesNotContain("<", ">", "&"));
                assertThat(doc.select("b")).as(path).isEmpty();
            }
        }
        Document article = Jsoup.parse(scenario.output.resolve("2024/02/01/hostile/index.html").toFile(), "UTF-8");
        assertThat(article.selectFirst("h1").text()).isEqualTo(HOSTILE);
        assertThat(Files.readString(scenario.output.resolve("atom.xml"))).contains("&lt;script&gt;alert(1)");
    }

    @Test
    void aBuildWritesOnlyTheOutputAndTheReports() {
        Scenario scenario = Scenario.published(tmp);
        Map<String, String> untouchable = scenario.untouchable();

        CliRun run = scenario.build();

        assertThat(run.exitCode()).isZero();
        assertThat(scenario.untouchable()).isEqualTo(untouchable);
        assertThat(Scenario.snapshot(scenario.reports).keySet())
                .containsExactlyInAnyOrder("links.json", "links-junit.xml", "links.sarif", "link-report.html");
    }

    @Test
    void anOutputPathThatIsAFileIsOnePlainErrorAndTheFileIsKept() throws IOException {
        Scenario scenario = Scenario.published(tmp);
        Path file = Files.writeString(tmp.resolve("not-a-dir"), "keep me");

        CliRun run = CliRun.of("build", "--source", scenario.source.toString(), "--output", file.toString(),
                "--report-dir", scenario.reports.toString(), "--external-links", "skip");

        assertThat(run.exitCode()).as(run.toString()).isNotZero();
        assertThat(run.printedStackTrace()).as(run.toString()).isFalse();
        assertThat(run.err()).contains("error: ", "not-a-dir");
        assertThat(file).hasContent("keep me");
    }

    @Test
    void anOutputThatWouldSwallowTheContentIsAUsageError() {
        Scenario scenario = Scenario.published(tmp);
        Map<String, String> untouchable = scenario.untouchable();

        CliRun run = CliRun.of("build", "--source", scenario.source.toString(), "--output", tmp.toString(),
                "--external-links", "skip");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.printedStackTrace()).isFalse();
        assertThat(run.err()).contains("contains the content directory", "choose an output outside the content");
        assertThat(scenario.untouchable()).isEqualTo(untouchable);
    }
}
