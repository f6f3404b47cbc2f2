package dev.evergreen.model;

import dev.evergreen.load.Kind;
import dev.evergreen.load.Source;
import dev.evergreen.parse.Heading;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * One published content item: an article, a recording or a page.
 *
 * @param url the permalink, root-relative including the base path, ending in {@code /} ({@code /2024/05/01/my-post/})
 * @param date the publication date; {@code null} only for pages without one
 * @param updated the last update, or {@code date} when none was given
 * @param tags the tag terms (each also a page of its taxonomy)
 * @param contentHtml the body HTML, links stamped with their source line (see {@code ParsedPage})
 * @param excerptHtml the summary shown on list pages and in feeds
 * @param readingMinutes estimated reading time, at least 1
 * @param layout the template to render it with, without extension ({@code article}, {@code page}...)
 * @param aliases the item's old URLs, each served as a redirect to {@code url}
 * @param params the front matter keys Evergreen does not interpret, for templates
 */
public record Item(Source source, Kind kind, String channel, String title, ZonedDateTime date,
                   ZonedDateTime updated, String slug, String url, List<Term> tags, List<Term> categories,
                   String description, List<String> authors, String lang, String contentHtml,
                   String excerptHtml, boolean hasMoreMarker, List<Heading> toc, int readingMinutes,
                   boolean draft, String layout, List<Alias> aliases, Map<String, Object> params) {

    public Item {
        tags = List.copyOf(tags);
        categories = List.copyOf(categories);
        authors = List.copyOf(authors);
        toc = List.copyOf(toc);
        aliases = List.copyOf(aliases);
    }
}
