package dev.evergreen.check;

import dev.evergreen.model.Video;
import okhttp3.HttpUrl;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks whether one video still plays: YouTube and Vimeo through oEmbed, Bilibili through its view
 * API, a self-hosted file with HEAD. A provider that cannot say (rate limits, its own errors) leaves
 * the video unverified, never dead.
 */
final class VideoProbe {

    private static final Pattern BILIBILI_CODE = Pattern.compile("\"code\"\\s*:\\s*(-?\\d+)");
    /** Bilibili's answers to too many requests: about the asker, not the video. */
    private static final java.util.Set<Integer> BILIBILI_THROTTLED = java.util.Set.of(-412, -509, -799);

    private final Requester requester;
    private final ExternalCheckOptions options;
    private final VideoEndpoints endpoints;

    VideoProbe(Requester requester, ExternalCheckOptions options, VideoEndpoints endpoints) {
        this.requester = requester;
        this.options = options;
        this.endpoints = endpoints;
    }

    /** @param reachedServer whether any server answered: the evidence that the machine has a network */
    record Result(LinkStatus status, boolean reachedServer) {
    }

    Result probe(Video video) {
        return switch (video.provider()) {
            case YOUTUBE -> oembed(endpoints.youtubeOembed(), video);
            case VIMEO -> oembed(endpoints.vimeoOembed(), video);
            case BILIBILI -> bilibili(video);
            case FILE -> file(video);
        };
    }

    private Result oembed(HttpUrl endpoint, Video video) {
        HttpUrl url = endpoint.newBuilder().addQueryParameter("url", video.watchUrl())
                .addQueryParameter("format", "json").build();
        return ask(url, "GET", answer -> switch (answer.code()) {
            case 200 -> new LinkStatus.Ok();
            case 404, 410 -> new LinkStatus.Broken(answer.code() + ": the video was removed or never existed");
            case 401, 403 -> new LinkStatus.Broken(answer.code() + ": the video is private or embedding is disabled");
            default -> unverified(answer);
        });
    }

    private Result bilibili(Video video) {
        HttpUrl url = endpoints.bilibiliView().newBuilder()
                .addQueryParameter(video.id().startsWith("av") ? "aid" : "bvid",
                        video.id().startsWith("av") ? video.id().substring(2) : video.id())
                .build();
        return ask(url, "GET", answer -> {
            if (answer.code() != 200) {
                return unverified(answer);
            }
            Matcher code = BILIBILI_CODE.matcher(new String(answer.body(), StandardCharsets.UTF_8));
            if (!code.find()) {
                return new LinkStatus.Unverified("unreadable answer from Bilibili");
            }
            int value = Integer.parseInt(code.group(1));
            if (value == 0) {
                return new LinkStatus.Ok();
            }
            return BILIBILI_THROTTLED.contains(value) ? new LinkStatus.Unverified("Bilibili code " + value + ": rate limited")
                    : new LinkStatus.Broken("Bilibili code " + value + ": the video is unavailable");
        });
    }

    private Result file(Video video) {
        HttpUrl url = HttpUrl.parse(video.id());
        if (url == null) {
            // A file of the site itself: the internal link check sees it in the page.
            return new Result(new LinkStatus.Ok(), false);
        }
        return ask(url, "HEAD", answer -> {
            if (answer.code() < 200 || answer.code() > 299) {
                return answer.code() == 429 || answer.code() >= 500 ? unverified(answer) : LinkStatus.Broken.code(answer.code());
            }
            String type = String.valueOf(answer.headers().get("Content-Type")).toLowerCase(Locale.ROOT);
            if (!type.startsWith("video/") && !type.contains("mpegurl")) {
                return new LinkStatus.Broken("served as " + type + ", not as a video");
            }
            return "0".equals(answer.headers().get("Content-Length"))
                    ? new LinkStatus.Broken("empty file") : new LinkStatus.Ok();
        });
    }

    private Result ask(HttpUrl start, String method, java.util.function.Function<Requester.Answer, LinkStatus> judge) {
        Budget budget = new Budget(options.limits().urlBudget().toNanos());
        HttpUrl url = start;
        for (int hops = 0; hops <= options.limits().maxRedirects(); hops++) {
            Requester.Outcome outcome = requester.send(url, method, true, budget);
            if (outcome instanceof Requester.Failure failure) {
                return new Result(failure.status(), hops > 0);
            }
            Requester.Answer answer = (Requester.Answer) outcome;
            String location = answer.headers().get("Location");
            HttpUrl next = location == null ? null : url.resolve(location);
            if (answer.code() < 300 || answer.code() > 399 || next == null) {
                return new Result(judge.apply(answer), true);
            }
            url = next;
        }
        return new Result(new LinkStatus.Broken("too many redirects"), true);
    }

    private static LinkStatus unverified(Requester.Answer answer) {
        return new LinkStatus.Unverified(answer.code() == 429 ? "429: rate limited" : answer.code() + ": no answer about the video");
    }
}
