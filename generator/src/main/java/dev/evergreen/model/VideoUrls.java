package dev.evergreen.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises a recording's {@code video}: a URL in one of the forms below, or a provider and an id. */
final class VideoUrls {

    /** Printed with every video the parser does not recognise, so the author sees what would work. */
    static final String ACCEPTED_FORMS = String.join("; ",
            "YouTube https://www.youtube.com/watch?v=ID, https://youtu.be/ID, https://www.youtube.com/embed/ID,"
                    + " https://www.youtube.com/live/ID or https://www.youtube.com/shorts/ID",
            "Bilibili https://www.bilibili.com/video/BV…, https://www.bilibili.com/video/av… (with ?p=N for a part)"
                    + " or https://player.bilibili.com/player.html?bvid=BV…",
            "Vimeo https://vimeo.com/ID or https://player.vimeo.com/video/ID",
            "a self-hosted .mp4, .webm or .m3u8 file",
            "or {provider: youtube|bilibili|vimeo, id: ID}");

    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern BILIBILI_ID = Pattern.compile("BV[A-Za-z0-9]{10}|av\\d+");
    private static final Pattern VIMEO_ID = Pattern.compile("\\d+");
    private static final Pattern YOUTUBE_PATH = Pattern.compile("/(?:embed|live|shorts|v)/([^/]+)/?");
    private static final Pattern BILIBILI_PATH = Pattern.compile("/video/([^/]+)/?");
    private static final Pattern VIMEO_PATH = Pattern.compile("(?:/video|/channels/[^/]+|/groups/[^/]+/videos)?/(\\d+)/?");
    private static final Pattern FILE_EXTENSION = Pattern.compile("\\.(mp4|webm|m3u8)$", Pattern.CASE_INSENSITIVE);

    private VideoUrls() {
    }

    static Optional<Video> parse(String url) {
        String text = url.strip();
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (uri.getScheme() == null && uri.getHost() == null) {
            return file(text, path);
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())
                || uri.getHost() == null) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^(www|m)\\.", "");
        Map<String, String> query = query(uri.getRawQuery());
        return switch (host) {
            case "youtube.com", "youtube-nocookie.com", "music.youtube.com" -> path.equals("/watch")
                    ? id(Video.Provider.YOUTUBE, query.get("v"), 1) : youtubePath(path);
            case "youtu.be" -> id(Video.Provider.YOUTUBE, path.replaceAll("^/|/$", ""), 1);
            case "bilibili.com" -> matched(BILIBILI_PATH, path)
                    .flatMap(id -> id(Video.Provider.BILIBILI, id, part(query.get("p"))));
            case "player.bilibili.com" -> path.equals("/player.html") ? bilibiliPlayer(query) : Optional.empty();
            case "vimeo.com", "player.vimeo.com" -> matched(VIMEO_PATH, path)
                    .flatMap(id -> id(Video.Provider.VIMEO, id, 1));
            default -> file(text, path);
        };
    }

    /** A video given as {@code {provider, id}}, the id checked as strictly as in a URL. */
    static Optional<Video> of(String provider, String id, int part) {
        return switch (provider.toLowerCase(Locale.ROOT)) {
            case "youtube" -> id(Video.Provider.YOUTUBE, id, 1);
            case "bilibili" -> id(Video.Provider.BILIBILI, id, part);
            case "vimeo" -> id(Video.Provider.VIMEO, id, 1);
            default -> Optional.empty();
        };
    }

    private static Optional<Video> youtubePath(String path) {
        return matched(YOUTUBE_PATH, path).flatMap(id -> id(Video.Provider.YOUTUBE, id, 1));
    }

    private static Optional<Video> bilibiliPlayer(Map<String, String> query) {
        int part = part(query.getOrDefault("page", query.get("p")));
        if (query.get("bvid") != null) {
            return id(Video.Provider.BILIBILI, query.get("bvid"), part);
        }
        return query.get("aid") == null ? Optional.empty() : id(Video.Provider.BILIBILI, "av" + query.get("aid"), part);
    }

    private static Optional<Video> file(String url, String path) {
        return FILE_EXTENSION.matcher(path).find() ? Optional.of(new Video(Video.Provider.FILE, url, 1)) : Optional.empty();
    }

    private static Optional<Video> id(Video.Provider provider, String id, int part) {
        if (id == null || part < 1) {
            return Optional.empty();
        }
        Pattern valid = switch (provider) {
            case YOUTUBE -> YOUTUBE_ID;
            case BILIBILI -> BILIBILI_ID;
            case VIMEO -> VIMEO_ID;
            case FILE -> throw new IllegalArgumentException("a file has no provider id");
        };
        return valid.matcher(id).matches() ? Optional.of(new Video(provider, id, part)) : Optional.empty();
    }

    private static Optional<String> matched(Pattern pattern, String path) {
        Matcher m = pattern.matcher(path);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static int part(String value) {
        if (value == null) {
            return 1;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> values = new java.util.HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.putIfAbsent(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return values;
    }
}
