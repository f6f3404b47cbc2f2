package dev.evergreen.check;

import dev.evergreen.finding.LinkFinding;
import dev.evergreen.finding.LinkProblem;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static dev.evergreen.check.ExternalCheckFixtures.answering;
import static dev.evergreen.check.ExternalCheckFixtures.check;
import static dev.evergreen.check.ExternalCheckFixtures.fast;
import static dev.evergreen.check.ExternalCheckFixtures.fastLimits;
import static dev.evergreen.check.ExternalCheckFixtures.page;
import static dev.evergreen.check.ExternalCheckFixtures.plain;
import static dev.evergreen.check.ExternalCheckFixtures.redirect;
import static dev.evergreen.check.ExternalCheckFixtures.use;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The external check talks to the whole internet, so it must give nothing away and follow nowhere it
 * should not: only http and https, no cookies, no credentials, no headers beyond the few it needs,
 * excluded (private) hosts never requested, not even through a redirect, and a time limit per URL.
 * Bounded bodies and request timeouts are in {@link ExternalLinkCheckerTest}.
 */
@Timeout(20)
class ExternalCheckSafetyTest {

    /** Everything OkHttp and the checker may send; anything else would be a leak. */
    private static final Set<String> ALLOWED_HEADERS = Set.of("host", "user-agent", "accept", "accept-encoding",
            "connection");

    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());

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

    @Test
    void onlyHttpAndHttpsAreFetched() {
        server.setDispatcher(answering(request -> {
            requests.add(request);
            return page("never");
        }));
        String hostPort = server.getHostName() + ":" + server.getPort();

        List<LinkFinding> findings = check(fast(), use("file:///etc/passwd"), use("ftp://" + hostPort + "/x"),
                use("gopher://" + hostPort + "/"), use("jar:file:///tmp/x.jar!/a"), use("javascript:alert(1)"));

        assertThat(requests).isEmpty();
        assertThat(findings).isEmpty();
    }

    @Test
    void redirectToAnotherSchemeIsNotFollowed() {
        server.setDispatcher(answering(request -> {
            requests.add(request);
            return request.getUrl().encodedPath().equals("/to-file") ? redirect(302, "file:///etc/passwd")
                    : redirect(302, "ftp://" + server.getHostName() + ":" + server.getPort() + "/x");
        }));

        assertThat(check(fast(), use(url("/to-file")), use(url("/to-ftp"))))
                .extracting(LinkFinding::problem, LinkFinding::status)
                .containsExactly(tuple(LinkProblem.UNVERIFIED, "redirect to a file: URL, not followed"),
                        tuple(LinkProblem.UNVERIFIED, "redirect to a ftp: URL, not followed"));
        assertThat(requests).extracting(r -> r.getUrl().encodedPath()).containsOnly("/to-file", "/to-ftp");
    }

    @Test
    void cookiesAreNeverSentBack() {
        server.setDispatcher(answering(request -> {
            requests.add(request);
            return request.getUrl().encodedPath().equals("/login")
                    ? new MockResponse.Builder(redirect(302, "/home")).addHeader("Set-Cookie", "session=s3cret; Path=/")
                            .build()
                    : new MockResponse.Builder(page("Home")).addHeader("Set-Cookie", "other=x").build();
        }));

        assertThat(check(fast(), use(url("/login")), use(url("/other")))).isEmpty();

        assertThat(requests).hasSizeGreaterThan(2).allSatisfy(r -> assertThat(r.getHeaders().get("Cookie")).isNull());
    }

    @Test
    void credentialsInTheUrlAreNeverSent() {
        server.setDispatcher(answering(request -> {
            requests.add(request);
            return page("ok");
        }));
        String withUser = url("/private").replace("://", "://admin:s3cret@");

        check(fast(), use(withUser));

        assertThat(requests).isNotEmpty().allSatisfy(r -> {
            assertThat(r.getHeaders().get("Authorization")).isNull();
            assertThat(r.getHeaders().toString() + r.getRequestLine()).doesNotContain("s3cret", "admin");
        });
    }

    @Test
    void onlyTheFewNeededHeadersAreSentSoNoSecretCanLeak() {
        server.setDispatcher(answering(request -> {
            requests.add(request);
            return page("ok");
        }));

        check(fast(), use(url("/a")));

        assertThat(requests).isNotEmpty().allSatisfy(r -> assertThat(r.getHeaders().names())
                .allSatisfy(name -> assertThat(ALLOWED_HEADERS).contains(name.toLowerCase(Locale.ROOT))));
        String sent = requests.toString();
        System.getenv().forEach((name, value) -> {
            if (value.length() >= 8 && name.matches("(?i).*(TOKEN|SECRET|PASSWORD|KEY).*")) {
                assertThat(sent).doesNotContain(value);
            }
        });
    }

    @Test
    void excludedPrivateHostsAreNeverRequested() {
        server.setDispatcher(answering(request -> {
            requests.add(request);
            return page("internal");
        }));
        var options = fast().withExclude(List.of(Pattern.compile("^https?://(localhost|127\\.|10\\.|192\\.168\\.)")));

        assertThat(check(options, use(url("/admin")), use("http://localhost:" + server.getPort() + "/admin"))).isEmpty();
        assertThat(requests).isEmpty();
    }

    @Test
    void redirectIntoAnExcludedHostIsNotFollowed() {
        server.setDispatcher(answering(request -> {
            requests.add(request);
            return request.getUrl().encodedPath().equals("/public")
                    ? redirect(302, "http://localhost:" + server.getPort() + "/internal")
                    : page("internal");
        }));
        var options = fast().withExclude(List.of(Pattern.compile("^https?://localhost[:/]")));

        assertThat(check(options, use("http://127.0.0.1:" + server.getPort() + "/public")))
                .extracting(LinkFinding::problem, LinkFinding::status)
                .containsExactly(tuple(LinkProblem.UNVERIFIED, "redirect to an excluded URL, not followed"));
        assertThat(requests).extracting(r -> r.getUrl().encodedPath()).containsOnly("/public");
    }

    @Test
    void eachUrlHasATimeLimitWhateverTheServerAsksFor() {
        server.setDispatcher(answering(request -> new MockResponse.Builder(plain(503))
                .addHeader("Retry-After", "1").build()));
        var limits = fastLimits();
        var options = fast().withLimits(new ExternalCheckOptions.Limits(limits.concurrency(), limits.perHost(),
                Duration.ofMillis(500), Duration.ofMillis(1500), 50, Duration.ofMillis(200), Duration.ofSeconds(1),
                limits.maxRedirects(), limits.maxBodyBytes()));

        long start = System.nanoTime();
        List<LinkFinding> findings = check(options, use(url("/busy")));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(findings).extracting(LinkFinding::problem).containsExactly(LinkProblem.BROKEN);
        assertThat(millis).isLessThan(4_000);
    }
}
