package dev.evergreen.model;

import dev.evergreen.load.Asset;
import dev.evergreen.load.Kind;
import dev.evergreen.load.SiteConfig;
import dev.evergreen.load.Source;
import dev.evergreen.parse.FrontMatter;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evergreen's own scheme. Front matter {@code permalink} wins; dated items follow the site's pattern
 * ({@code /:year/:month/:day/:slug/}); pages mirror their path in the content directory
 * ({@code docs/intro.md} → {@code /docs/intro/}, {@code docs/index.md} → {@code /docs/}). Kinds come
 * from the top folder ({@code posts/} → article), terms live under {@code /tags/} and {@code /categories/}.
 */
final class EvergreenScheme implements UrlScheme {

    private static final String RECORDING_PATTERN = "/recordings/:slug/";

    private final SiteConfig config;

    EvergreenScheme(SiteConfig config) {
        this.config = config;
    }

    @Override
    public Optional<Kind> kindByPath(Source source) {
        if (source.path().getNameCount() > 1) {
            return Optional.ofNullable(config.kindFolders().get(source.path().getName(0).toString()));
        }
        return Optional.empty();
    }

    @Override
    public boolean isDraft(Source source, FrontMatter fm) {
        return fm.draft();
    }

    @Override
    public String slugOf(Source source, FrontMatter fm) {
        if (fm.slug() != null && !fm.slug().isBlank()) {
            return UrlPaths.slug(fm.slug());
        }
        String base = source.baseName();
        if ((base.equals("index") || base.equals("_index")) && source.path().getParent() != null) {
            base = source.path().getParent().getFileName().toString();
        }
        return UrlPaths.slug(base);
    }

    @Override
    public String urlOf(Source source, FrontMatter fm, Kind kind, String slug, String title, ZonedDateTime date,
                        List<Term> categories) {
        if (fm.permalink() != null && !fm.permalink().isBlank()) {
            return UrlPaths.directoryUrl(config.basePath(), fm.permalink());
        }
        return switch (kind) {
            case ARTICLE -> UrlPaths.directoryUrl(config.basePath(), expand(config.permalink(), slug, date, categories));
            case RECORDING -> UrlPaths.directoryUrl(config.basePath(), expand(RECORDING_PATTERN, slug, date, categories));
            case PAGE -> UrlPaths.directoryUrl(config.basePath(), pagePath(source));
        };
    }

    @Override
    public String layoutOf(FrontMatter fm, Kind kind) {
        return fm.layout() != null ? fm.layout() : kind.label();
    }

    @Override
    public String taxonomyUrl(String taxonomy) {
        return UrlPaths.directoryUrl(config.basePath(), taxonomy);
    }

    @Override
    public List<Term> tagTerms(List<String> names) {
        return terms("tags", names);
    }

    @Override
    public List<Term> categoryTerms(FrontMatter fm) {
        return terms("categories", fm.categories());
    }

    private List<Term> terms(String taxonomy, List<String> names) {
        List<Term> terms = new ArrayList<>();
        for (String name : names) {
            String slug = UrlPaths.termSlug(name);
            if (!slug.isEmpty()) {
                terms.add(new Term(name.strip(), slug, UrlPaths.directoryUrl(config.basePath(), taxonomy + "/" + slug)));
            }
        }
        return terms;
    }

    @Override
    public List<Asset> published(List<Asset> assets, List<Item> items) {
        return assets;
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

    private static String expand(String pattern, String slug, ZonedDateTime date, List<Term> categories) {
        String category = categories.isEmpty() ? "uncategorized" : categories.get(0).slug();
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
