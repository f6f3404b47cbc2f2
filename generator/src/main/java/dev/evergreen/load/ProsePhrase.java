package dev.evergreen.load;

import java.util.regex.Pattern;

/**
 * A phrase that does not belong in a channel: plain text, or a regular expression written between
 * slashes ({@code /world[- ]class/}). Matched ignoring case. Plain Latin phrases match whole words only,
 * so "revolutionary" does not flag "evolutionary"; Chinese has no spaces between words, so phrases
 * written in it match anywhere.
 *
 * @param text as written in {@code site.yml}
 */
public record ProsePhrase(String text) {

    private static final String LATIN_EDGE = "[\\p{IsLatin}\\d]";

    /** Whether the phrase is a regular expression ({@code /.../}) rather than plain text. */
    public boolean isRegex() {
        return text.length() > 2 && text.startsWith("/") && text.endsWith("/");
    }

    /** Compiles the phrase; cheap enough to call once per build, not once per match. */
    public Pattern pattern() {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        if (isRegex()) {
            return Pattern.compile(text.substring(1, text.length() - 1), flags);
        }
        String body = Pattern.quote(text);
        String before = startsLatin(text) ? "(?<!" + LATIN_EDGE + ")" : "";
        String after = startsLatin(new StringBuilder(text).reverse().toString()) ? "(?!" + LATIN_EDGE + ")" : "";
        return Pattern.compile(before + body + after, flags);
    }

    private static boolean startsLatin(String s) {
        return !s.isEmpty() && String.valueOf(s.charAt(0)).matches(LATIN_EDGE);
    }
}
