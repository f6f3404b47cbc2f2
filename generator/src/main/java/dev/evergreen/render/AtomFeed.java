package dev.evergreen.render;

import dev.evergreen.load.SiteConfig;
import dev.evergreen.model.Item;
import dev.evergreen.model.Term;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The Atom 1.0 feed (RFC 4287) of the newest articles. */
final class AtomFeed {

    private static final ZonedDateTime NO_ITEMS = ZonedDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private AtomFeed() {
    }

    static String write(SiteConfig config, List<Item> items, String selfUrl, FeedHtml html) {
        String home = config.absoluteUrl(config.basePath());
        XmlOut xml = new XmlOut()
                .start("feed", "xmlns", "http://www.w3.org/2005/Atom", "xml:lang", config.language())
                .leaf("title", config.title())
                .leaf("subtitle", blankToNull(config.description()))
                .empty("link", "rel", "alternate", "type", "text/html", "href", home)
                .empty("link", "rel", "self", "type", "application/atom+xml", "href", config.absoluteUrl(selfUrl))
                .leaf("id", home)
                .leaf("updated", rfc3339(newestUpdate(items)))
                .start("author").leaf("name", config.title()).end()
                .leaf("generator", "Evergreen");
        for (Item item : items) {
            String url = config.absoluteUrl(item.url());
            xml.start("entry")
                    .leaf("title", item.title())
                    .empty("link", "rel", "alternate", "type", "text/html", "href", url)
                    .leaf("id", FeedIds.of(config, item))
                    .leaf("published", item.date() == null ? null : rfc3339(item.date()))
                    .leaf("updated", rfc3339(updated(item)));
            for (String author : item.authors()) {
                xml.start("author").leaf("name", author).end();
            }
            for (Term category : item.categories()) {
                xml.empty("category", "term", category.name());
            }
            xml.leaf("summary", html.clean(item.excerptHtml()), "type", "html").end();
        }
        return xml.end().finish();
    }

    /** The feed changes when its newest-updated item does: never the build's wall-clock time. */
    static ZonedDateTime newestUpdate(List<Item> items) {
        return items.stream().map(AtomFeed::updated).filter(Objects::nonNull)
                .max(Comparator.comparing(ZonedDateTime::toInstant)).orElse(NO_ITEMS);
    }

    private static ZonedDateTime updated(Item item) {
        return item.updated() != null ? item.updated() : item.date();
    }

    private static String rfc3339(ZonedDateTime time) {
        ZonedDateTime at = time == null ? NO_ITEMS : time;
        return ViewFactory.RFC_3339.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
