package dev.evergreen.model;

import dev.evergreen.load.HexoSettings;
import dev.evergreen.load.HexoSlugs;
import dev.evergreen.parse.FrontMatter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands a Hexo permalink pattern for one post, variable by variable as Hexo's {@code post_permalink}
 * filter does. Variables Hexo does not define come from the post's front matter, then from
 * {@code permalink_defaults}.
 */
final class HexoPermalink {

    private static final Pattern VARIABLE = Pattern.compile(":(\\w+)");

    private final HexoSettings hexo;
    private final ZoneId zone;

    HexoPermalink(HexoSettings hexo, ZoneId zone) {
        this.hexo = hexo;
        this.zone = zone;
    }

    /**
     * @param slug the post's slug: its path under {@code _posts} without extension, or its front matter slug
     * @param categories the post's category terms, parents before children
     * @return the site path, without the root
     */
    String expand(String pattern, FrontMatter fm, String slug, String title, ZonedDateTime date, List<Term> categories) {
        ZonedDateTime local = date == null ? null : date.withZoneSameInstant(zone);
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(out, Matcher.quoteReplacement(
                    value(variable.group(1), fm, slug, title, local, categories)));
        }
        variable.appendTail(out);
        return out.toString();
    }

    private String value(String name, FrontMatter fm, String slug, String title, ZonedDateTime date,
                         List<Term> categories) {
        return switch (name) {
            case "title" -> slug;
            case "name" -> slug.substring(slug.lastIndexOf('/') + 1);
            case "post_title" -> HexoSlugs.slugize(title, 1);
            case "id" -> fm.extra().get("id") != null ? String.valueOf(fm.extra().get("id")) : slug;
            case "category" -> categories.isEmpty() ? hexo.defaultCategory() : categories.get(categories.size() - 1).slug();
            case "hash" -> date == null ? "" : hash(slug, date);
            case "year", "month", "day", "hour", "minute", "second", "i_month", "i_day", "timestamp" ->
                    date == null ? "" : dateValue(name, date);
            default -> custom(name, fm);
        };
    }

    private static String dateValue(String name, ZonedDateTime date) {
        return switch (name) {
            case "year" -> String.format("%04d", date.getYear());
            case "month" -> String.format("%02d", date.getMonthValue());
            case "day" -> String.format("%02d", date.getDayOfMonth());
            case "hour" -> String.format("%02d", date.getHour());
            case "minute" -> String.format("%02d", date.getMinute());
            case "second" -> String.format("%02d", date.getSecond());
            case "i_month" -> Integer.toString(date.getMonthValue());
            case "i_day" -> Integer.toString(date.getDayOfMonth());
            default -> Long.toString(date.toEpochSecond());
        };
    }

    /** Hexo's {@code :hash}: the first 12 hex digits of SHA-1 over the slug and the Unix time in seconds. */
    static String hash(String slug, ZonedDateTime date) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((slug + date.toEpochSecond()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }

    private String custom(String name, FrontMatter fm) {
        Object value = name.equals("lang") ? fm.lang() : fm.extra().get(name);
        if (value != null) {
            return String.valueOf(value);
        }
        return hexo.permalinkDefaults().getOrDefault(name, "");
    }
}
