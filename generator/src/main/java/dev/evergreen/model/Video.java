package dev.evergreen.model;

import java.util.Locale;
import java.util.Objects;

/**
 * The video of a recording, recognised from its URL or its {@code {provider, id}}.
 *
 * @param id the provider's id ({@code dQw4w9WgXcQ}, {@code BV1xx411c7mD}, {@code av170001}, {@code 76979871});
 *           for a self-hosted file, its URL
 * @param part the part of a multi-part Bilibili video ({@code ?p=}), 1 otherwise
 */
public record Video(Provider provider, String id, int part) {

    /** Where a video is hosted. */
    public enum Provider {
        YOUTUBE, BILIBILI, VIMEO, FILE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Video {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(id, "id");
        if (part < 1) {
            throw new IllegalArgumentException("part must be at least 1: " + part);
        }
    }

    /** The page a reader opens to watch it at the provider (or the file itself). */
    public String watchUrl() {
        return switch (provider) {
            case YOUTUBE -> "https://www.youtube.com/watch?v=" + id;
            case BILIBILI -> "https://www.bilibili.com/video/" + id + "/" + (part > 1 ? "?p=" + part : "");
            case VIMEO -> "https://vimeo.com/" + id;
            case FILE -> id;
        };
    }

    /**
     * The player loaded into an iframe once the reader asks for it; YouTube's privacy-enhanced host sets
     * no cookies before playback. {@code null} for a self-hosted file, which plays in a {@code <video>}.
     */
    public String embedUrl() {
        return switch (provider) {
            case YOUTUBE -> "https://www.youtube-nocookie.com/embed/" + id + "?autoplay=1";
            case BILIBILI -> "https://player.bilibili.com/player.html?"
                    + (id.startsWith("av") ? "aid=" + id.substring(2) : "bvid=" + id) + "&page=" + part + "&autoplay=1";
            case VIMEO -> "https://player.vimeo.com/video/" + id + "?autoplay=1";
            case FILE -> null;
        };
    }

    /** The MIME type of a self-hosted file, from its extension; {@code null} for providers. */
    public String fileType() {
        if (provider != Provider.FILE) {
            return null;
        }
        String path = id.replaceAll("[?#].*$", "").toLowerCase(Locale.ROOT);
        if (path.endsWith(".webm")) {
            return "video/webm";
        }
        return path.endsWith(".m3u8") ? "application/vnd.apple.mpegurl" : "video/mp4";
    }
}
