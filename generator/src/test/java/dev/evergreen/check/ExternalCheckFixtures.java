package dev.evergreen.check;

import dev.evergreen.finding.LinkFinding;
import dev.evergreen.finding.SourcePos;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

/** Small options and helpers so the external check tests stay fast and short. */
final class ExternalCheckFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    private ExternalCheckFixtures() {
    }

    static ExternalCheckOptions.Limits fastLimits() {
        return new ExternalCheckOptions.Limits(8, 2, Duration.ofSeconds(2), Duration.ofSeconds(6), 3,
                Duration.ofMillis(10), Duration.ofSeconds(2), 10, 64 * 1024);
    }

    static ExternalCheckOptions fast() {
        return ExternalCheckOptions.defaults().withLimits(fastLimits());
    }

    static LinkUse use(String url) {
        return use(url, 1);
    }

    static LinkUse use(String url, int line) {
        return new LinkUse(url, SourcePos.of(Path.of("posts/a.md"), line), "/a/");
    }

    static List<LinkFinding> check(ExternalCheckOptions options, LinkUse... uses) {
        try (ExternalLinkChecker checker = new ExternalLinkChecker(options, CLOCK, CheckProgress.NONE)) {
            return checker.check(List.of(uses));
        }
    }

    static MockResponse html(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "text/html; charset=utf-8")
                .body(body).build();
    }

    static MockResponse page(String title) {
        return html(200, "<!doctype html><html><head><title>" + title + "</title></head><body><p>text</p></body></html>");
    }

    static MockResponse plain(int code) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "text/plain").body("x").build();
    }

    static MockResponse redirect(int code, String location) {
        return new MockResponse.Builder().code(code).addHeader("Location", location).build();
    }

    /** A dispatcher that, like a real server, sends no body in answer to HEAD. */
    static Dispatcher answering(Function<RecordedRequest, MockResponse> answer) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                MockResponse response = answer.apply(request);
                return request.getMethod().equals("HEAD") ? new MockResponse.Builder(response).body("").build()
                        : response;
            }
        };
    }
}
