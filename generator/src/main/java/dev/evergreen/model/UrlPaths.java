package dev.evergreen.model;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Slugs and URL path segments. Slugs keep Unicode (a Chinese title stays Chinese in the address bar);
 * URLs carry them percent-encoded, so every URL in the model is safe to write into HTML and XML as is.
 */
final class UrlPaths {

    private UrlPaths() {
    }

    /** A slug from free text: trimmed, whitespace runs and path separators turned into single hyphens. */
    static String slug(String text) {
        String hyphenated = text.strip().replaceAll("[\\s/\\\\?#%]+", "-");
        return hyphenated.replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
    }

    /** A taxonomy term's slug: as {@link #slug} and lowercased, so "Java" and "java" are one tag. */
    static String termSlug(String name) {
        return slug(name).toLowerCase(Locale.ROOT);
    }

    /** Percent-encodes each segment of a path, keeping {@code /} and unreserved characters. */
    static String encodePath(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isUnreserved(c) || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /** Joins the site's base path ({@code /} or {@code /blog/}) and a site path into a directory URL. */
    static String directoryUrl(String basePath, String sitePath) {
        String trimmed = sitePath.replaceAll("^/+", "").replaceAll("/+$", "");
        String joined = trimmed.isEmpty() ? basePath : basePath + trimmed + "/";
        return encodePath(joined.replaceAll("/{2,}", "/"));
    }
}
