package dev.evergreen.check;

import dev.evergreen.finding.LinkFinding;
import dev.evergreen.finding.LinkProblem;
import dev.evergreen.finding.Severity;
import dev.evergreen.finding.SourcePos;
import dev.evergreen.model.Video;
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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static dev.evergreen.check.ExternalCheckFixtures.CLOCK;
import static dev.evergreen.check.ExternalCheckFixtures.fast;
import static dev.evergreen.check.ExternalCheckFixtures.plain;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(20)
class VideoCheckTest {

    private static final Video YOUTUBE = new Video(Video.Provider.YOUTUBE, "dQw4w9WgXcQ", 1);
    private static final Video VIMEO = new Video(Video.Provider.VIMEO, "76979871", 1);
    private static final Video BILIBILI = new Video(Video.Provider.BILIBILI, "BV1xx411c7mD", 1);
    private static final Video BILIBILI_AV = new Video(Video.Provider.BILIBILI, "av170001", 1);

    private final MockWebServer server = new MockWebServer();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /**
     * Answers by method, path and query; whatever is not listed is a 404. Answers are sent as they are:
     * a file's HEAD answer carries the length of the body it does not send, as real servers do.
     */
    private void serve(Map<String, MockResponse> answers) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String key = request.getMethod() + " " + request.getUrl().encodedPath()
                        + (request.getUrl().encodedQuery() == null ? "" : "?" + request.getUrl().query());
                requests.add(key);
                return answers.getOrDefault(key, plain(404));
            }
        });
    }

    private String youtubeOembed(Video video) {
        return "GET /youtube/oembed?url=" + video.watchUrl() + "&format=json";
    }

    private List<LinkFinding> check(ExternalCheckOptions options, Video... videos) {
        List<VideoUse> uses = new ArrayList<>();
        for (int i = 0; i < videos.length; i++) {
            uses.add(new VideoUse(videos[i], SourcePos.of(Path.of("recordings/talk" + i + ".md"), 5),
                    "/recordings/talk" + i + "/"));
        }
        try (ExternalLinkChecker checker = new ExternalLinkChecker(options, CLOCK, CheckProgress.NONE)) {
            return checker.checkVideos(uses, VideoEndpoints.at(server.url("/")));
        }
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json; charset=utf-8")
                .body(body).build();
    }

    private static MockResponse file(String type, long length) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", type)
                .addHeader("Content-Length", Long.toString(length)).build();
    }

    @Test
    void availableYoutubeAndVimeoVideosGiveNoFinding() {
        serve(Map.of(youtubeOembed(YOUTUBE), json(200, "{\"title\":\"Talk\"}"),
                "GET /vimeo/oembed.json?url=https://vimeo.com/76979871&format=json", json(200, "{}")));

        assertThat(check(fast(), YOUTUBE, VIMEO)).isEmpty();
        assertThat(requests).hasSize(2);
    }

    @Test
    void removedVideoIsAnErrorAtTheRecordingsVideoLine() {
        serve(Map.of(youtubeOembed(YOUTUBE), plain(404)));

        assertThat(check(fast(), YOUTUBE)).singleElement().satisfies(finding -> {
            assertThat(finding.pos()).isEqualTo(SourcePos.of(Path.of("recordings/talk0.md"), 5));
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.problem()).isEqualTo(LinkProblem.BROKEN);
            assertThat(finding.url()).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
            assertThat(finding.status()).contains("404", "removed");
            assertThat(finding.page()).isEqualTo("/recordings/talk0/");
        });
    }

    @Test
    void privateVideosAreErrors() {
        serve(Map.of(youtubeOembed(YOUTUBE), plain(401),
                "GET /vimeo/oembed.json?url=https://vimeo.com/76979871&format=json", plain(403)));

        assertThat(check(fast(), YOUTUBE, VIMEO)).extracting(LinkFinding::problem, LinkFinding::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LinkProblem.BROKEN,
                                "401: the video is private or embedding is disabled"),
                        org.assertj.core.groups.Tuple.tuple(LinkProblem.BROKEN,
                                "403: the video is private or embedding is disabled"));
    }

    @Test
    void rateLimitedProviderLeavesTheVideoUnverifiedAfterRetrying() {
        MockResponse limited = new MockResponse.Builder().code(429).addHeader("Retry-After", "0").body("slow down").build();
        serve(Map.of(youtubeOembed(YOUTUBE), limited));

        List<LinkFinding> findings = check(fast(), YOUTUBE);

        assertThat(findings).extracting(LinkFinding::problem, LinkFinding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LinkProblem.UNVERIFIED, Severity.WARNING));
        assertThat(requests).hasSize(1 + fast().limits().retries());
    }

    @Test
    void bilibiliViewApiCodeDecides() {
        serve(Map.of("GET /bilibili/view?bvid=BV1xx411c7mD", json(200, "{\"code\":0,\"message\":\"0\",\"data\":{}}"),
                "GET /bilibili/view?aid=170001", json(200, "{\"code\":-404,\"message\":\"啥都木有\"}")));

        assertThat(check(fast(), BILIBILI, BILIBILI_AV)).singleElement().satisfies(finding -> {
            assertThat(finding.pos().displayPath()).isEqualTo("recordings/talk1.md");
            assertThat(finding.problem()).isEqualTo(LinkProblem.BROKEN);
            assertThat(finding.status()).isEqualTo("Bilibili code -404: the video is unavailable");
        });
    }

    @Test
    void bilibiliThrottlingIsNotADeadVideo() {
        serve(Map.of("GET /bilibili/view?bvid=BV1xx411c7mD", json(200, "{\"code\":-412,\"message\":\"请求被拦截\"}")));

        assertThat(check(fast(), BILIBILI)).extracting(LinkFinding::problem).containsExactly(LinkProblem.UNVERIFIED);
    }

    @Test
    void selfHostedFilesAreCheckedWithHead() {
        String base = server.url("/media/").toString();
        serve(Map.of("HEAD /media/talk.mp4", file("video/mp4", 1_000_000),
                "HEAD /media/live.m3u8", file("application/vnd.apple.mpegurl", 120),
                "HEAD /media/page.mp4", file("text/html", 500),
                "HEAD /media/empty.webm", file("video/webm", 0)));

        List<LinkFinding> findings = check(fast(), new Video(Video.Provider.FILE, base + "talk.mp4", 1),
                new Video(Video.Provider.FILE, base + "live.m3u8", 1),
                new Video(Video.Provider.FILE, base + "page.mp4", 1),
                new Video(Video.Provider.FILE, base + "empty.webm", 1),
                new Video(Video.Provider.FILE, base + "gone.mp4", 1));

        assertThat(findings).extracting(f -> f.url().substring(base.length()), LinkFinding::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("page.mp4", "served as text/html, not as a video"),
                org.assertj.core.groups.Tuple.tuple("empty.webm", "empty file"),
                org.assertj.core.groups.Tuple.tuple("gone.mp4", "404"));
        assertThat(requests).allMatch(r -> r.startsWith("HEAD "));
    }

    @Test
    void offlineAsksNothingAndLeavesVideosUnverified() {
        serve(Map.of());

        assertThat(check(fast().withOffline(true), YOUTUBE, BILIBILI))
                .extracting(LinkFinding::problem, LinkFinding::status)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(LinkProblem.UNVERIFIED, "offline"));
        assertThat(requests).isEmpty();
    }

    @Test
    void excludedVideosAreNotAskedAbout() {
        serve(Map.of());

        assertThat(check(fast().withExclude(List.of(java.util.regex.Pattern.compile("youtube\\.com"))), YOUTUBE))
                .isEmpty();
        assertThat(requests).isEmpty();
    }

    @Test
    void noNetworkIsUnverifiedNotDead() throws IOException {
        server.close();

        assertThat(check(fast(), YOUTUBE)).extracting(LinkFinding::problem, LinkFinding::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LinkProblem.UNVERIFIED, "no network"));
    }

    @Test
    void availableVideosAreCachedApartFromTheWatchPage(@TempDir Path dir) {
        serve(Map.of(youtubeOembed(YOUTUBE), json(200, "{}")));
        ExternalCheckOptions cached = fast().withCache(dir.resolve("cache.json"), Duration.ofDays(7));

        assertThat(check(cached, YOUTUBE)).isEmpty();
        assertThat(check(cached, YOUTUBE)).isEmpty();

        assertThat(requests).hasSize(1);
        assertThat(dir.resolve("cache.json")).content().contains("\"video:https://www.youtube.com/watch?v=dQw4w9WgXcQ\"");
    }
}
