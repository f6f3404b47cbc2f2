package dev.evergreen.ledger;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The forms one URL takes here. Two URLs are the same when their decoded paths are equal, so a ledger
 * line a person typed in Unicode matches the percent-encoded URL the site publishes.
 */
final class UrlKeys {

    private UrlKeys() {
    }

    /** The decoded path of a root-relative URL; throws {@link IllegalArgumentException} when it is not one. */
    static String key(String url) {
        String path = URI.create(url).getPath();
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("not a root-relative path");
        }
        return path;
    }

    /** The percent-encoded URL of a decoded path, as the site publishes it. */
    static String encode(String decodedPath) {
        try {
            return new URI(null, null, decodedPath, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * The URL as the ledger shows it: decoded, so that a Chinese slug reads as Chinese, unless a
     * character would not survive being read back (spaces, {@code #}, {@code %}, controls).
     */
    static String readable(String url) {
        String path = key(url);
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean safe = c > 127 ? !Character.isWhitespace(c) && !Character.isISOControl(c)
                    : Character.isLetterOrDigit(c) || "/-._~!$&'()*+,;=:@".indexOf(c) >= 0;
            if (!safe) {
                return url;
            }
        }
        return path;
    }

    /** The file a URL is served from, relative to the output directory: folder URLs get {@code index.html}. */
    static Path outputPath(String url, String basePath) {
        String path = key(url);
        String base = key(basePath);
        String relative = path.startsWith(base) ? path.substring(base.length()) : path.substring(1);
        return Path.of(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative);
    }

    /** The path an author writes in front matter: from the site's root, without the base path. */
    static String fromSiteRoot(String url, String basePath) {
        String path = key(url);
        String base = key(basePath);
        return path.startsWith(base) ? "/" + path.substring(base.length()) : path;
    }
}
