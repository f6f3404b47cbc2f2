package dev.evergreen.load;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hexo's slugs (hexo-util's {@code slugize}): Latin accents dropped, control characters removed, runs of
 * blanks and punctuation turned into one hyphen, hyphens trimmed; Chinese and other scripts kept as
 * they are. Also reads a post's slug back out of its file name the way Hexo does, with
 * {@code new_post_name}.
 */
public final class HexoSlugs {

    private static final Pattern SPECIAL = Pattern.compile("[\\s~`!@#$%^&*()\\-_+=\\[\\]{}|\\\\;:\"'<>,.?/]+");
    private static final Pattern LATIN_ACCENT = Pattern.compile("[\\u0300-\\u036f]");
    private static final Pattern VARIABLE = Pattern.compile(":(\\w+)");

    private HexoSlugs() {
    }

    /** @param filenameCase Hexo's {@code filename_case}: 0 as written, 1 lower case, 2 upper case */
    public static String slugize(String text, int filenameCase) {
        String plain = Normalizer.normalize(
                LATIN_ACCENT.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll(""), Normalizer.Form.NFC);
        String slug = SPECIAL.matcher(plain.replaceAll("[\\u0000-\\u001f]", "")).replaceAll("-")
                .replaceAll("^-+|-+$", "");
        return switch (filenameCase) {
            case 1 -> slug.toLowerCase(Locale.ROOT);
            case 2 -> slug.toUpperCase(Locale.ROOT);
            default -> slug;
        };
    }

    /**
     * The slug Hexo gives a post file ({@code lorem/hello-world}, relative to {@code _posts}, without
     * extension): the {@code :title} part of {@code new_post_name} when the name fits that pattern, else
     * the whole path slugized.
     */
    public static String fromFileName(String path, String newPostName) {
        String pattern = stripExtension(newPostName);
        StringBuilder regex = new StringBuilder("^");
        Matcher variable = VARIABLE.matcher(pattern);
        int copied = 0;
        int titleGroup = -1;
        int group = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(pattern.substring(copied, variable.start())));
            group++;
            String name = variable.group(1);
            if (name.equals("title")) {
                titleGroup = group;
            }
            regex.append(switch (name) {
                case "year" -> "(\\d{4})";
                case "month", "day" -> "(\\d{2})";
                case "i_month", "i_day" -> "(\\d{1,2})";
                case "hash" -> "([0-9a-f]{12})";
                default -> "(.+?)";
            });
            copied = variable.end();
        }
        regex.append(Pattern.quote(pattern.substring(copied))).append('$');
        Matcher name = Pattern.compile(regex.toString()).matcher(path);
        if (name.matches() && titleGroup > 0) {
            return name.group(titleGroup);
        }
        return slugize(path, 0);
    }

    public static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > name.lastIndexOf('/') ? name.substring(0, dot) : name;
    }
}
