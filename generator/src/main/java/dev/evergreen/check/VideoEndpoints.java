package dev.evergreen.check;

import okhttp3.HttpUrl;

import java.util.Objects;

/**
 * Where video availability is asked. Configurable so tests point them at a local server.
 *
 * @param youtubeOembed answers 200 for a public video, 404 for a removed one, 401 or 403 for a private one
 * @param vimeoOembed the same for Vimeo
 * @param bilibiliView Bilibili's public video view API: a JSON {@code code} of 0 for a playable video
 */
public record VideoEndpoints(HttpUrl youtubeOembed, HttpUrl vimeoOembed, HttpUrl bilibiliView) {

    public VideoEndpoints {
        Objects.requireNonNull(youtubeOembed, "youtubeOembed");
        Objects.requireNonNull(vimeoOembed, "vimeoOembed");
        Objects.requireNonNull(bilibiliView, "bilibiliView");
    }

    public static VideoEndpoints defaults() {
        return new VideoEndpoints(HttpUrl.get("https://www.youtube.com/oembed"),
                HttpUrl.get("https://vimeo.com/api/oembed.json"),
                HttpUrl.get("https://api.bilibili.com/x/web-interface/view"));
    }

    /** All three under one base URL ({@code <base>youtube/oembed}...), as a test server serves them. */
    public static VideoEndpoints at(HttpUrl base) {
        return new VideoEndpoints(base.resolve("youtube/oembed"), base.resolve("vimeo/oembed.json"),
                base.resolve("bilibili/view"));
    }
}
