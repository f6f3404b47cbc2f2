package dev.evergreen.serve;

import dev.evergreen.build.BuildOptions;
import dev.evergreen.finding.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The development server against a real site, over real loopback HTTP. */
class DevServerTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Path source;
    private Path output;
    private DevServer server;
    private URI base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> console = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        source = dir.resolve("site");
        output = dir.resolve("public");
        Files.createDirectories(source.resolve("css"));
        Files.writeString(source.resolve("site.yml"), "title: Live\nbaseUrl: https://live.example.org/\nlanguage: en\n");
        Files.writeString(source.resolve("about.md"), "---\ntitle: About\n---\nFirst version.\n");
        Files.writeString(source.resolve("css/extra.css"), "body { color: green }\n");
        Files.writeString(source.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        Files.write(source.resolve("data.bin"), new byte[] {1, 2, 3});
        Files.writeString(dir.resolve("secret.txt"), "do not serve me");
        BuildOptions options = BuildOptions.of(source, output)
                .withClock(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
        server = new DevServer(options, new ServeOptions(null, 0, Duration.ofMillis(100)),
                (severity, text) -> console.add(severity + " " + text));
        base = server.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void bindsLoopbackUnlessToldOtherwise() {
        assertThat(ServeOptions.defaults().host()).isEqualTo("127.0.0.1");
        assertThat(ServeOptions.defaults().port()).isEqualTo(4000);
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(base.toString()).startsWith("http://127.0.0.1:");
    }

    @Test
    void servesPagesWithTheReloadScriptThatTheFilesOnDiskDoNotHave() throws Exception {
        HttpResponse<String> page = get("/about/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("First version.").contains(ReloadScript.TAG);
        assertThat(page.body().indexOf(ReloadScript.TAG)).isLessThan(page.body().toLowerCase().lastIndexOf("</body>"));
        assertThat(Files.readString(output.resolve("about/index.html"))).doesNotContain("_evergreen");
        assertThat(get(ReloadScript.PATH).body()).contains("EventSource('/_evergreen/events')");
    }

    @Test
    void externalLinksAreNotCheckedWhileServingSoPagesDoNotClaimTheyWere() throws Exception {
        BlockingQueue<String> events = subscribe();
        assertThat(events.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("event: ok");
        Files.createDirectories(source.resolve("posts"));
        Files.writeString(source.resolve("posts/a.md"),
                "---\ntitle: A\ndate: 2024-12-01\n---\nSee [a local service](http://127.0.0.1:9/).\n");

        assertThat(events.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("event: reload");
        assertThat(get("/2024/12/01/a/").body()).contains("min read").doesNotContain("Links last verified");
    }

    @Test
    void anEditRebuildsTheSiteAndTellsOpenPagesToReload() throws Exception {
        BlockingQueue<String> events = subscribe();
        assertThat(events.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("event: ok");

        Files.writeString(source.resolve("about.md"), "---\ntitle: About\n---\nSecond version.\n");

        // The edited page is published, and its tabs told, before the rest of the rebuild.
        assertThat(events.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("event: page");
        assertThat(events.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("data: /about/");
        assertThat(events.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("event: reload");
        assertThat(get("/about/").body()).contains("Second version.");
        assertThat(server.buildCount()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anEditToAFileOutsideTheContentThatAPageIncludesRebuildsIt() throws Exception {
        Path code = Files.createDirectories(dir.resolve("code")).resolve("Example.java");
        Files.writeString(code, "class Example { int version = 1; }\n");
        BlockingQueue<String> events = subscribe();
        assertThat(events.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("event: ok");
        Files.writeString(source.resolve("about.md"), "---\ntitle: About\n---\n```java file=code/Example.java\n```\n");
        assertThat(events.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("event: page");
        assertThat(events.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("data: /about/");
        assertThat(events.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("event: reload");
        assertThat(get("/about/").body()).contains("version");

        Files.writeString(code, "class Example { int version = 2; }\n");

        assertThat(events.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("event: page");
        assertThat(events.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("data: /about/");
        assertThat(events.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("event: reload");
        assertThat(org.jsoup.Jsoup.parse(get("/about/").body()).select("pre code").text()).contains("version = 2");
    }

    @Test
    void aBrokenEditShowsTheErrorsAndKeepsServingTheLastGoodBuild() throws Exception {
        BlockingQueue<String> events = subscribe();
        assertThat(events.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("event: ok");

        Files.writeString(source.resolve("about.md"), "---\ntitle: \"About\n---\nBroken version.\n");

        assertThat(events.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("event: errors");
        assertThat(events.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).startsWith("data: about.md:");
        assertThat(get("/about/").body()).contains("First version.");
        assertThat(console).anyMatch(line -> line.startsWith(Severity.ERROR + " about.md:"));

        BlockingQueue<String> lateTab = subscribe();
        assertThat(lateTab.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("event: errors");
    }

    @Test
    void refusesPathTraversalInEveryEncoding() throws Exception {
        for (String path : List.of("/../secret.txt", "/about/../../secret.txt", "/%2e%2e/secret.txt",
                "/%2e%2e%2fsecret.txt", "/..%2fsecret.txt", "/..%5csecret.txt", "/%2e%2e%5csecret.txt",
                "/%252e%252e%252fsecret.txt", "/..%255csecret.txt", "/about/%2e%2e/%2e%2e/secret.txt",
                "/..\\secret.txt", "/about/..;/..;/secret.txt", "/%00/../secret.txt")) {
            String response = rawGet(path);
            assertThat(response).as(path).doesNotContain("do not serve me");
            assertThat(response).as(path).matches("(?s)HTTP/1\\.1 (400|404) .*");
        }
    }

    @Test
    void refusesSymbolicLinksThatLeadOutOfTheOutputDirectory() throws Exception {
        Files.createSymbolicLink(output.resolve("escape.txt"), dir.resolve("secret.txt"));

        String response = rawGet("/escape.txt");

        assertThat(response).startsWith("HTTP/1.1 400 ").doesNotContain("do not serve me");
    }

    @Test
    void servesPageDotHtmlForAnExtensionlessUrlAsHostsDo() throws Exception {
        Files.writeString(output.resolve("hello.html"), "<p>hello page</p>");

        assertThat(get("/hello").body()).contains("hello page");
        assertThat(get("/hello/").statusCode()).isEqualTo(404);
        assertThat(get("/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void sendsTheContentTypeOfEachFile() throws Exception {
        assertThat(get("/css/extra.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(get("/logo.svg").headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(get("/data.bin").headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(get("/css/extra.css").headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(get("/css/extra.css").body()).isEqualTo("body { color: green }\n").doesNotContain("_evergreen");
    }

    @Test
    void listsNoDirectories() throws Exception {
        HttpResponse<String> folder = get("/css/");
        assertThat(folder.statusCode()).isEqualTo(404);
        assertThat(folder.body()).doesNotContain("extra.css");

        HttpResponse<String> noSlash = get("/about");
        assertThat(noSlash.statusCode()).isEqualTo(301);
        assertThat(noSlash.headers().firstValue("Location")).hasValue("/about/");
    }

    @Test
    void answersOnlyReads() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(base.resolve("/about/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the path exactly as written, which an HTTP client library might normalise first. */
    private String rawGet(String path) throws IOException {
        try (var socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) WAIT.toMillis());
            String request = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /** The event and data lines of the server-sent event stream, as they arrive. */
    private BlockingQueue<String> subscribe() {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        http.sendAsync(HttpRequest.newBuilder(base.resolve(ReloadScript.EVENTS_PATH)).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
                    Thread reader = new Thread(() -> response.body().filter(line -> !line.isEmpty())
                            .filter(line -> !line.equals("data: ")).forEach(lines::add));
                    reader.setDaemon(true);
                    reader.start();
                });
        return lines;
    }
}
