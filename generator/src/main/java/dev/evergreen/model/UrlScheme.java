package dev.evergreen.model;

import dev.evergreen.load.Asset;
import dev.evergreen.load.Kind;
import dev.evergreen.load.SiteConfig;
import dev.evergreen.load.Source;
import dev.evergreen.parse.FrontMatter;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Where a kind of site keeps its items and publishes them: which files are articles or drafts, the URL
 * of every item, tag and category, and where asset files land. Evergreen's own scheme and Hexo's differ
 * in all of these; the model asks the site's scheme and never tests which one it has.
 */
interface UrlScheme {

    static UrlScheme of(SiteConfig config) {
        return config.hexo().<UrlScheme>map(hexo -> new HexoScheme(config, hexo)).orElseGet(() -> new EvergreenScheme(config));
    }

    /** The kind a file has by where it is, when its front matter names none. */
    Optional<Kind> kindByPath(Source source);

    boolean isDraft(Source source, FrontMatter fm);

    String slugOf(Source source, FrontMatter fm);

    /**
     * The item's URL: root-relative, with the base path, percent-encoded.
     *
     * @param categories the item's category terms, as {@link #categoryTerms} gave them
     */
    String urlOf(Source source, FrontMatter fm, Kind kind, String slug, String title, ZonedDateTime date,
                 List<Term> categories);

    /** The template name for the front matter's {@code layout}, or the kind's own. */
    String layoutOf(FrontMatter fm, Kind kind);

    /** The URL of a taxonomy's index page ({@code tags} or {@code categories}). */
    String taxonomyUrl(String taxonomy);

    List<Term> tagTerms(List<String> names);

    List<Term> categoryTerms(FrontMatter fm);

    /** The asset files as published, given the items that are: some may move or be left out. */
    List<Asset> published(List<Asset> assets, List<Item> items);
}
