package dev.evergreen.model;

import dev.evergreen.load.Kind;
import dev.evergreen.load.SiteConfig;
import dev.evergreen.load.Source;
import dev.evergreen.parse.FrontMatter;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * Where an item is published. Front matter {@code permalink} wins; dated items follow the site's
 * pattern ({@code /:year/:month/:day/:slug/}); pages mirror their path in the content directory
 * ({@code docs/intro.md} → {@code /docs/intro/}, {@code docs/index.md} → {@code /docs/}).
 */
final class Permalinks {

    private static final String RECORDING_PATTERN = "/recordings/:slug/";

    private final SiteConfig config;

    Permalinks(SiteConfig config) {
        this.config = config;
    }

    String slugOf(Source source, FrontMatter fm) {
        if (fm.slug() != null && !fm.slug().isBlank()) {
            return UrlPaths.slug(fm.slug());
        }
        String base = source.baseName();
        if ((base.equals("index") || base.equals("_index")) && source.path().getParent() != null) {
            base = source.path().getParent().getFileName().toString();
        }
        return UrlPaths.slug(base);
    }

    String urlOf(Source source, FrontMatter fm, Kind kind, String slug, ZonedDateTime date, List<String> categories) {
        if (fm.permalink() != null && !fm.permalink().isBlank()) {
            return UrlPaths.directoryUrl(config.basePath(), fm.permalink());
        }
        return switch (kind) {
            case ARTICLE -> UrlPaths.directoryUrl(config.basePath(), expand(config.permalink(), slug, date, categories));
            case RECORDING -> UrlPaths.directoryUrl(config.basePath(), expand(RECORDING_PATTERN, slug, date, categories));
            case PAGE -> UrlPaths.directoryUrl(config.basePath(), pagePath(source));
        };
    }

    private static String pagePath(Source source) {
        String path = source.slashPath();
        String withoutExtension = path.substring(0, path.length() - ".md".length());
        if (withoutExtension.equals("index") || withoutExtension.endsWith("/index")
                || withoutExtension.equals("_index") || withoutExtension.endsWith("/_index")) {
            int slash = withoutExtension.lastIndexOf('/');
            return slash < 0 ? "" : withoutExtension.substring(0, slash);
        }
        StringBuilder out = new StringBuilder();
        for (String segment : withoutExtension.split("/")) {
            out.append(UrlPaths.slug(segment)).append('/');
        }
        return out.toString();
    }

    private static String expand(String pattern, String slug, ZonedDateTime date, List<String> categories) {
        String category = categories.isEmpty() ? "uncategorized" : UrlPaths.termSlug(categories.get(0));
        String result = pattern.replace(":category", category);
        if (date != null) {
            result = result.replace(":year", zeroPadded(date.getYear(), 4))
                    .replace(":month", zeroPadded(date.getMonthValue(), 2))
                    .replace(":day", zeroPadded(date.getDayOfMonth(), 2));
        }
        // The slug goes in last: an author's slug may contain anything, including a token's name.
        return result.replace(":slug", slug);
    }

    /** As {@code String.format("%0<width>d")}, without parsing a format for every item. */
    private static String zeroPadded(int value, int width) {
        String digits = Integer.toString(Math.abs(value));
        String sign = value < 0 ? "-" : "";
        int pad = width - sign.length() - digits.length();
        return sign + (pad > 0 ? "0".repeat(pad) : "") + digits;
    }
}
