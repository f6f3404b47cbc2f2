package dev.evergreen.render;

import dev.evergreen.load.SiteConfig;
import dev.evergreen.model.Item;
import dev.evergreen.model.Term;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The RSS 2.0 feed of the newest articles, for readers that predate Atom. */
final class RssFeed {

    private RssFeed() {
    }

    static String write(SiteConfig config, List<Item> items, String selfUrl, FeedHtml html) {
        String home = config.absoluteUrl(config.basePath());
        String description = config.description() == null || config.description().isBlank()
                ? config.title() : config.description();
        XmlOut xml = new XmlOut()
                .start("rss", "version", "2.0", "xmlns:atom", "http://www.w3.org/2005/Atom")
                .start("channel")
                .leaf("title", config.title())
                .leaf("link", home)
                .leaf("description", description)
                .leaf("language", config.language())
                .leaf("lastBuildDate", rfc822(AtomFeed.newestUpdate(items)))
                .leaf("generator", "Evergreen")
                .empty("atom:link", "href", config.absoluteUrl(selfUrl), "rel", "self",
                        "type", "application/rss+xml");
        for (Item item : items) {
            String url = config.absoluteUrl(item.url());
            xml.start("item")
                    .leaf("title", item.title())
                    .leaf("link", url)
                    .leaf("guid", FeedIds.of(config, item), "isPermaLink", "false")
                    .leaf("pubDate", item.date() == null ? null : rfc822(item.date()));
            for (Term category : item.categories()) {
                xml.leaf("category", category.name());
            }
            xml.leaf("description", html.clean(item.excerptHtml())).end();
        }
        return xml.end().end().finish();
    }

    /** RFC 822 dates as RSS wants them; the formatter's month and day names are English whatever the locale. */
    private static String rfc822(ZonedDateTime time) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(time);
    }
}
