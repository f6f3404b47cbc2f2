package dev.evergreen.check;

import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import static dev.evergreen.check.ExternalCheckFixtures.CLOCK;
import static dev.evergreen.check.ExternalCheckFixtures.answering;
import static dev.evergreen.check.ExternalCheckFixtures.check;
import static dev.evergreen.check.ExternalCheckFixtures.fast;
import static dev.evergreen.check.ExternalCheckFixtures.plain;
import static dev.evergreen.check.ExternalCheckFixtures.use;
import static org.assertj.core.api.Assertions.assertThat;

class LinkCacheTest {

    private static final Duration WEEK = Duration.ofDays(7);

    @TempDir
    Path dir;

    @Test
    void successesRoundTripSortedAndFailuresAreForgotten() throws IOException {
        Path file = dir.resolve("cache/links.json");
        LinkCache cache = LinkCache.open(file, CLOCK, WEEK);
        cache.record("https://b.example/", new LinkStatus.Ok());
        cache.record("https://a.example/\"quoted\"", new LinkStatus.Moved("https://a.example/new", 308));
        cache.record("https://c.example/", new LinkStatus.Ok());
        cache.record("https://c.example/", LinkStatus.Broken.code(404));
        cache.save();

        String json = Files.readString(file);
        assertThat(json).startsWith("{\n  \"version\": 1,\n  \"entries\": {\n    \"https://a.example/\\\"quoted\\\"\": "
                + "{\"status\": \"moved\", \"code\": 308, \"location\": \"https://a.example/new\", "
                + "\"checkedAt\": \"2026-01-02T03:04:05Z\"");
        assertThat(json.indexOf("a.example")).isLessThan(json.indexOf("b.example"));
        assertThat(json).doesNotContain("c.example");

        LinkCache reopened = LinkCache.open(file, CLOCK, WEEK);
        assertThat(reopened.fresh("https://a.example/\"quoted\""))
                .contains(new LinkStatus.Moved("https://a.example/new", 308));
        assertThat(reopened.fresh("https://b.example/")).contains(new LinkStatus.Ok());
        assertThat(reopened.fresh("https://c.example/")).isEmpty();
    }

    @Test
    void entriesExpireAfterTheTtlPlusAtMostAFifth() {
        Path file = dir.resolve("links.json");
        LinkCache cache = LinkCache.open(file, CLOCK, WEEK);
        cache.record("https://example.org/", new LinkStatus.Ok());
        cache.save();

        assertThat(LinkCache.open(file, later(WEEK.minusSeconds(1)), WEEK).fresh("https://example.org/")).isPresent();
        assertThat(LinkCache.open(file, later(WEEK.plus(WEEK.dividedBy(5))), WEEK).fresh("https://example.org/"))
                .isEmpty();
    }

    @Test
    void unknownMembersAndBadEntriesAreIgnored() throws IOException {
        Path file = dir.resolve("links.json");
        Files.writeString(file, """
                {"version": 1, "generator": {"name": "hand-edited", "tags": [1, true, null]},
                 "entries": {
                   "https://good.example/": {"status": "ok", "checkedAt": "2026-01-01T00:00:00Z",
                                             "expires": "2026-01-09T00:00:00Z", "note": "by hand"},
                   "https://bad-date.example/": {"status": "ok", "checkedAt": "yesterday", "expires": "soon"},
                   "https://unknown.example/": {"status": "maybe", "checkedAt": "2026-01-01T00:00:00Z",
                                                "expires": "2026-01-09T00:00:00Z"}
                 }}
                """);

        LinkCache cache = LinkCache.open(file, CLOCK, WEEK);

        assertThat(cache.fresh("https://good.example/")).contains(new LinkStatus.Ok());
        assertThat(cache.fresh("https://bad-date.example/")).isEmpty();
        assertThat(cache.fresh("https://unknown.example/")).isEmpty();
    }

    @Test
    void freshEntryMeansNoRequest() throws IOException {
        Path file = dir.resolve("links.json");
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(answering(request -> plain(200)));
            server.start();
            String url = server.url("/cached").toString();
            var options = fast().withCache(file, WEEK);

            assertThat(check(options, use(url))).isEmpty();
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(check(options, use(url))).isEmpty();
            assertThat(server.getRequestCount()).as("the second build trusts the cache").isEqualTo(1);
        }
    }

    @Test
    void corruptCacheIsRebuilt() throws IOException {
        Path file = dir.resolve("links.json");
        Files.writeString(file, "{\"version\": 1, \"entries\": {\"https://x.example/\": {\"status\": ");
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(answering(request -> plain(200)));
            server.start();
            String url = server.url("/page").toString();

            assertThat(check(fast().withCache(file, WEEK), use(url))).isEmpty();

            assertThat(LinkCache.open(file, CLOCK, WEEK).fresh(url)).contains(new LinkStatus.Ok());
            assertThat(Files.readString(file)).doesNotContain("x.example");
        }
    }

    @Test
    void cacheOfAnotherVersionIsRebuilt() throws IOException {
        Path file = dir.resolve("links.json");
        Files.writeString(file, "{\"version\": 2, \"entries\": {\"https://x.example/\": {\"status\": \"ok\", "
                + "\"checkedAt\": \"2026-01-01T00:00:00Z\", \"expires\": \"2027-01-01T00:00:00Z\"}}}");

        assertThat(LinkCache.open(file, CLOCK, WEEK).fresh("https://x.example/")).isEmpty();
    }

    private static Clock later(Duration after) {
        return Clock.offset(CLOCK, after);
    }
}
