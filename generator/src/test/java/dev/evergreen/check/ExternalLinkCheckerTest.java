package dev.evergreen.check;

import dev.evergreen.finding.LinkFinding;
import dev.evergreen.finding.LinkProblem;
import dev.evergreen.finding.Severity;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;

import static dev.evergreen.check.ExternalCheckFixtures.answering;
import static dev.evergreen.check.ExternalCheckFixtures.check;
import static dev.evergreen.check.ExternalCheckFixtures.fast;
import static dev.evergreen.check.ExternalCheckFixtures.fastLimits;
import static dev.evergreen.check.ExternalCheckFixtures.html;
import static dev.evergreen.check.ExternalCheckFixtures.page;
import static dev.evergreen.check.ExternalCheckFixtures.plain;
import static dev.evergreen.check.ExternalCheckFixtures.redirect;
import static dev.evergreen.check.ExternalCheckFixtures.use;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@Timeout(20)
class ExternalLinkCheckerTest {

    private final MockWebServer server = new MockWebServer();
    private final List<String> methods = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String url(String path) {
        return server.url(path).toString();
    }

    /** Serves by method and path; whatever is not listed is a 404. */
    private void serve(Map<String, MockResponse> byMethodAndPath) {
        server.setDispatcher(answering(request -> {
            methods.add(request.getMethod());
            return byMethodAndPath.getOrDefault(request.getMethod() + " " + request.getUrl().encodedPath(),
                    plain(404));
        }));
    }

    @Test
    void workingLinkGivesNoFinding() {
        serve(Map.of("HEAD /ok", plain(200)));

        assertThat(check(fast(), use(url("/ok")))).isEmpty();
        assertThat(methods).containsExactly("HEAD");
    }

    @Test
    void headRefusedFallsBackToGet() {
        serve(Map.of("HEAD /doc", plain(405), "GET /doc", page("Docs")));

        assertThat(check(fast(), use(url("/doc")))).isEmpty();
        assertThat(methods).containsExactly("HEAD", "GET");
    }

    @Test
    void brokenLinkIsReportedAtEveryUseSortedByPosition() {
        serve(Map.of());
        String dead = url("/gone");

        List<LinkFinding> findings = check(fast(), use(dead, 9), use(dead, 2));

        assertThat(findings).extracting(f -> f.pos().line(), LinkFinding::problem, LinkFinding::status,
                        LinkFinding::severity, LinkFinding::external)
                .containsExactly(tuple(2, LinkProblem.BROKEN, "404", Severity.ERROR, true),
                        tuple(9, LinkProblem.BROKEN, "404", Severity.ERROR, true));
        assertThat(methods).as("one URL is checked once: HEAD, then GET to confirm")
                .containsExactly("HEAD", "GET");
    }

    @Test
    void rateLimitIsWaitedOutAsRetryAfterAsks() {
        AtomicInteger gets = new AtomicInteger();
        server.setDispatcher(answering(request -> request.getMethod().equals("HEAD") || gets.incrementAndGet() == 1
                ? new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build()
                : page("Docs")));
        long started = System.nanoTime();

        assertThat(check(fast(), use(url("/busy")))).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void retryAfterBeyondTheCapIsNotWaitedFor() {
        server.setDispatcher(answering(request ->
                new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").build()));

        assertThat(check(fast(), use(url("/busy"))))
                .extracting(LinkFinding::problem, LinkFinding::status)
                .containsExactly(tuple(LinkProblem.UNVERIFIED, "429 rate limited"));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void serverErrorsAreRetried() {
        AtomicInteger gets = new AtomicInteger();
        server.setDispatcher(answering(request -> request.getMethod().equals("HEAD") ? plain(405)
                : gets.incrementAndGet() <= 2 ? plain(500) : page("Docs")));

        assertThat(check(fast(), use(url("/flaky")))).isEmpty();
        assertThat(gets).hasValue(3);
    }

    @Test
    void persistentServerErrorIsBrokenAfterTheRetries() {
        server.setDispatcher(answering(request -> plain(503)));

        assertThat(check(fast(), use(url("/down"))))
                .extracting(LinkFinding::problem, LinkFinding::status)
                .containsExactly(tuple(LinkProblem.BROKEN, "503"));
        assertThat(server.getRequestCount()).as("one HEAD, one GET and three retries").isEqualTo(5);
    }

    @Test
    void permanentRedirectChainIsMovedToItsFinalUrl() {
        serve(Map.of("HEAD /old", redirect(301, "/older"), "HEAD /older", redirect(302, "/new"),
                "HEAD /new", plain(200)));

        assertThat(check(fast(), use(url("/old"))))
                .extracting(LinkFinding::problem, LinkFinding::status, LinkFinding::hint, LinkFinding::severity)
                .containsExactly(tuple(LinkProblem.MOVED, "301", "update the link to " + url("/new"),
                        Severity.WARNING));
    }

    @Test
    void movedLinkKeepsItsFragmentInTheHint() {
        serve(Map.of("HEAD /old", redirect(308, "/new"), "HEAD /new", plain(200)));

        assertThat(check(fast(), use(url("/old#setup"))))
                .extracting(LinkFinding::hint)
                .containsExactly("update the link to " + url("/new#setup"));
    }

    @Test
    void temporaryRedirectIsFine() {
        serve(Map.of("HEAD /now", redirect(307, "/today"), "HEAD /today", plain(200)));

        assertThat(check(fast(), use(url("/now")))).isEmpty();
    }

    @Test
    void redirectLoopIsBroken() {
        serve(Map.of("HEAD /a", redirect(302, "/b"), "HEAD /b", redirect(302, "/a"),
                "GET /a", redirect(302, "/b"), "GET /b", redirect(302, "/a")));

        assertThat(check(fast(), use(url("/a"))))
                .extracting(LinkFinding::problem, LinkFinding::status)
                .containsExactly(tuple(LinkProblem.BROKEN, "redirect loop"));
    }

    @Test
    void timeoutIsUnverifiedNotBroken() {
        server.setDispatcher(answering(request -> new MockResponse.Builder().code(200)
                .headersDelay(2, TimeUnit.SECONDS).build()));
        var limits = fastLimits();
        var quick = fast().withLimits(new ExternalCheckOptions.Limits(limits.concurrency(), limits.perHost(),
                Duration.ofMillis(200), Duration.ofSeconds(5), 1, limits.backoff(), limits.retryAfterCap(),
                limits.maxRedirects(), limits.maxBodyBytes()));

        assertThat(check(quick, use(url("/slow"))))
                .extracting(LinkFinding::problem, LinkFinding::status)
                .containsExactly(tuple(LinkProblem.UNVERIFIED, "timeout"));
    }

    @Test
    void endlessBodyIsCutOffAtTheSizeLimit() {
        server.setDispatcher(answering(request -> new MockResponse.Builder().code(200)
                .addHeader("Content-Type", "text/html").body(new EndlessBody()).build()));

        assertThat(check(fast(), use(url("/stream")))).isEmpty();
    }

    @Test
    void slowEndlessBodyIsCutOffByTheRequestTimeout() {
        server.setDispatcher(answering(request -> new MockResponse.Builder().code(200)
                .addHeader("Content-Type", "text/html").body(new EndlessBody())
                .throttleBody(1024, 100, TimeUnit.MILLISECONDS).build()));

        assertThat(check(fast(), use(url("/trickle")))).isEmpty();
    }

    @Test
    void deepLinkRedirectedToTheHomePageIsASoft404() {
        serve(Map.of("HEAD /blog/post", redirect(302, "/"), "GET /blog/post", redirect(302, "/"),
                "HEAD /", page("Home"), "GET /", page("Home")));

        assertThat(check(fast(), use(url("/blog/post"))))
                .extracting(LinkFinding::problem, LinkFinding::status, LinkFinding::severity)
                .containsExactly(tuple(LinkProblem.SOFT_404, "redirected to home page", Severity.WARNING));
    }

    @Test
    void pageTitledNotFoundIsASoft404() {
        serve(Map.of("HEAD /wiki", page("页面不存在"), "GET /wiki", page("页面不存在")));

        assertThat(check(fast(), use(url("/wiki"))))
                .extracting(LinkFinding::problem, LinkFinding::status)
                .containsExactly(tuple(LinkProblem.SOFT_404, "page titled '页面不存在'"));
    }

    @Test
    void cloudflareChallengeIsBlockedNotBroken() {
        MockResponse challenge = new MockResponse.Builder().code(403).addHeader("cf-mitigated", "challenge").build();
        serve(Map.of("HEAD /guarded", challenge, "GET /guarded", challenge));

        assertThat(check(fast(), use(url("/guarded"))))
                .extracting(LinkFinding::problem, LinkFinding::status)
                .containsExactly(tuple(LinkProblem.BLOCKED, "bot challenge"));
    }

    @Test
    void challengePageIsBlockedNotBroken() {
        MockResponse wall = html(503, "<html><head><title>Just a moment...</title></head><body></body></html>");
        serve(Map.of("HEAD /guarded", plain(503), "GET /guarded", wall));

        assertThat(check(fast(), use(url("/guarded"))))
                .extracting(LinkFinding::problem, LinkFinding::status)
                .containsExactly(tuple(LinkProblem.BLOCKED, "bot challenge (503)"));
    }

    @Test
    void externalFragmentsAreCheckedOnOneFetchOfThePage() {
        MockResponse article = html(200, "<html><head><title>Guide</title></head><body>"
                + "<h2 id=\"install\">Install</h2><a name=\"old-style\"></a></body></html>");
        serve(Map.of("HEAD /guide", article, "GET /guide", article));
        var options = fast().withCheckFragments(true);

        List<LinkFinding> findings = check(options, use(url("/guide#install"), 1), use(url("/guide#old-style"), 2),
                use(url("/guide#usage"), 3));

        assertThat(findings).extracting(LinkFinding::problem, LinkFinding::url, LinkFinding::status)
                .containsExactly(tuple(LinkProblem.MISSING_ANCHOR, url("/guide#usage"), "no element with id 'usage'"));
        assertThat(methods).containsExactly("HEAD", "GET");
    }

    @Test
    void fragmentsAreNotCheckedByDefault() {
        serve(Map.of("HEAD /guide", page("Guide"), "GET /guide", page("Guide")));

        assertThat(check(fast(), use(url("/guide#usage")))).isEmpty();
    }

    @Test
    void perHostConcurrencyIsNeverExceeded() {
        AtomicInteger peak = new AtomicInteger();
        server.setDispatcher(answering(slowly(peak, plain(200))));
        LinkUse[] uses = new LinkUse[8];
        for (int i = 0; i < uses.length; i++) {
            uses[i] = use(url("/page" + i));
        }

        assertThat(check(fast(), uses)).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(8);
        assertThat(peak).hasValue(2);
    }

    @Test
    void hostRulesOverrideMethodCodesAndConcurrency() {
        AtomicInteger peak = new AtomicInteger();
        server.setDispatcher(answering(slowly(peak, plain(403))));
        var rules = new ExternalCheckOptions.HostRules(Set.of(200, 403), true, 1);
        var options = fast().withHosts(Map.of(server.getHostName().toUpperCase(Locale.ROOT), rules));

        assertThat(check(options, use(url("/members")), use(url("/admin")), use(url("/team")))).isEmpty();
        assertThat(methods).containsExactly("GET", "GET", "GET");
        assertThat(peak).hasValue(1);
    }

    @Test
    void severityOfAProblemIsConfigurable() {
        serve(Map.of());

        assertThat(check(fast().withSeverity(LinkProblem.BROKEN, Severity.WARNING), use(url("/gone"))))
                .extracting(LinkFinding::severity)
                .containsExactly(Severity.WARNING);
    }

    @Test
    void excludedUrlsAreNeitherRequestedNorReported() {
        var options = fast().withExclude(List.of(Pattern.compile("/private/")));

        assertThat(check(options, use(url("/private/x")))).isEmpty();
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void progressSeesEveryUniqueUrl() {
        serve(Map.of("HEAD /a", plain(200)));
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        CheckProgress recording = new CheckProgress() {
            @Override
            public void started(int total) {
                events.add("started " + total);
            }

            @Override
            public void advanced(String url) {
                events.add("advanced");
            }

            @Override
            public void finished() {
                events.add("finished");
            }
        };
        try (var checker = new ExternalLinkChecker(fast(), ExternalCheckFixtures.CLOCK, recording)) {
            checker.check(List.of(use(url("/a")), use(url("/a"), 2), use("mailto:team@example.org")));
        }

        assertThat(events).containsExactly("started 2", "advanced", "advanced", "finished");
    }

    /** Answers after a pause, recording the methods asked for and the most requests ever in flight. */
    private Function<RecordedRequest, MockResponse> slowly(AtomicInteger peak, MockResponse response) {
        AtomicInteger inFlight = new AtomicInteger();
        return request -> {
            methods.add(request.getMethod());
            peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
            return response;
        };
    }

    /** A body that never ends; it stops when the client hangs up. */
    private static final class EndlessBody implements MockResponseBody {
        @Override
        public long getContentLength() {
            return -1;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            byte[] chunk = "<p>more</p>".repeat(100).getBytes(StandardCharsets.US_ASCII);
            sink.writeUtf8("<html><head><title>Stream</title></head><body>");
            while (true) {
                sink.write(chunk);
                sink.flush();
            }
        }
    }
}
