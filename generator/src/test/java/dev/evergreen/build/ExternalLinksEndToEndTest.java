package dev.evergreen.build;

import dev.evergreen.check.CheckProgress;
import dev.evergreen.finding.LinkFinding;
import dev.evergreen.finding.LinkProblem;
import dev.evergreen.finding.Severity;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole build whose external links point at a loopback server: findings at the Markdown line, a
 * warm cache that spares the working links, failures re-checked every build, offline that asks nothing.
 */
@Timeout(60)
class ExternalLinksEndToEndTest {

    @TempDir
    Path tmp;

    private final MockWebServer server = new MockWebServer();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                return switch (path) {
                    case "/docs/ok" -> new MockResponse.Builder().code(200).addHeader("Content-Type", "text/plain").build();
                    case "/old" -> new MockResponse.Builder().code(301).addHeader("Location", "/docs/ok").build();
                    default -> new MockResponse.Builder().code(404).addHeader("Content-Type", "text/plain").build();
                };
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Path site() throws IOException {
        Path source = tmp.resolve("site");
        Files.createDirectories(source.resolve("posts"));
        Files.writeString(source.resolve("site.yml"), "title: Links\nbaseUrl: https://links.example.org/\n");
        Files.writeString(source.resolve("posts/links.md"), String.join("\n",
                "---",
                "title: Links",
                "date: 2024-05-01",
                "---",
                "A [working link](" + server.url("/docs/ok") + ").",
                "",
                "A [vanished page](" + server.url("/gone") + ").",
                "",
                "An [old address](" + server.url("/old") + ").",
                ""));
        return source;
    }

    private BuildResult build(Path source, boolean offline) {
        BuildOptions options = new BuildOptions(source, tmp.resolve("public"), null, false, false, offline, null,
                tmp.resolve("cache/links.json"), null, FixtureSites.NOW, Map.of(), null, false, null);
        return new Build(options, CheckProgress.NONE, new PrintStream(PrintStream.nullOutputStream())).run();
    }

    private static List<String> links(BuildResult result) {
        return result.findings().stream().filter(LinkFinding.class::isInstance).map(LinkFinding.class::cast)
                .map(f -> f.pos().displayPath() + ":" + f.pos().line() + " " + f.problem() + " " + f.status()
                        + " " + f.severity())
                .toList();
    }

    @Test
    void externalProblemsAreReportedAtTheirMarkdownLine() throws IOException {
        BuildResult result = build(site(), false);

        assertThat(links(result)).containsExactly(
                "posts/links.md:7 BROKEN 404 ERROR",
                "posts/links.md:9 MOVED 301 WARNING");
        LinkFinding moved = result.findings().stream().filter(LinkFinding.class::isInstance)
                .map(LinkFinding.class::cast).filter(f -> f.problem() == LinkProblem.MOVED).findFirst().orElseThrow();
        assertThat(moved.hint()).isEqualTo("update the link to " + server.url("/docs/ok"));
        assertThat(moved.page()).isEqualTo("/2024/05/01/links/");
        assertThat(result.published()).isTrue();
        assertThat(result.findings()).filteredOn(f -> f.severity() == Severity.ERROR).hasSize(1);
    }

    @Test
    void aWarmCacheSparesWorkingLinksButRechecksFailures() throws IOException {
        Path source = site();
        build(source, false);
        int okBefore = requests.get("/docs/ok").get();
        int goneBefore = requests.get("/gone").get();
        int oldBefore = requests.get("/old").get();

        BuildResult again = build(source, false);

        assertThat(requests.get("/docs/ok").get()).isEqualTo(okBefore);
        assertThat(requests.get("/old").get()).isEqualTo(oldBefore);
        assertThat(requests.get("/gone").get()).isGreaterThan(goneBefore);
        assertThat(links(again)).containsExactly(
                "posts/links.md:7 BROKEN 404 ERROR",
                "posts/links.md:9 MOVED 301 WARNING");
        assertThat(tmp.resolve("cache/links.json")).exists();
    }

    @Test
    void offlineMakesNoRequestAndFailsNothing() throws IOException {
        BuildResult result = build(site(), true);

        assertThat(requests).isEmpty();
        assertThat(result.hasErrors()).isFalse();
    }
}
