package dev.evergreen.model;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Slugs and URL path segments. Slugs keep Unicode (a Chinese title stays Chinese in the address bar);
 * URLs carry them percent-encoded, so every URL in the model is safe to write into HTML and XML as is.
 */
final class UrlPaths {

    /** What a slug turns into a hyphen: ASCII whitespace ({@code \\s}) and path or URL delimiters. */
    private static final String SEPARATORS = " \t\n\u000B\f\r/\\?#%";

    private UrlPaths() {
    }

    /** A slug from free text: trimmed, whitespace runs and path separators turned into single hyphens. */
    static String slug(String text) {
        // A loop rather than regular expressions: this runs for every item and term of every build.
        String stripped = text.strip();
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = SEPARATORS.indexOf(stripped.charAt(i)) >= 0 ? '-' : stripped.charAt(i);
            if (c != '-' || out.length() == 0 || out.charAt(out.length() - 1) != '-') {
                out.append(c);
            }
        }
        int start = out.length() > 0 && out.charAt(0) == '-' ? 1 : 0;
        int end = out.length() > start && out.charAt(out.length() - 1) == '-' ? out.length() - 1 : out.length();
        return out.substring(start, end);
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
        int from = 0;
        int to = sitePath.length();
        while (from < to && sitePath.charAt(from) == '/') {
            from++;
        }
        while (to > from && sitePath.charAt(to - 1) == '/') {
            to--;
        }
        String joined = from == to ? basePath : basePath + sitePath.substring(from, to) + "/";
        StringBuilder single = new StringBuilder(joined.length());
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c != '/' || single.length() == 0 || single.charAt(single.length() - 1) != '/') {
                single.append(c);
            }
        }
        return encodePath(single.toString());
    }
}
