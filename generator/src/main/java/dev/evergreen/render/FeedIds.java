package dev.evergreen.render;

import dev.evergreen.load.SiteConfig;
import dev.evergreen.model.Item;

import java.time.format.DateTimeFormatter;

/**
 * The identity of an item in feeds: a tag URI (RFC 4151) from the site's host, the item's date and
 * the first URL it was published at, {@code tag:example.org,2024-05-01:/2024/05/01/my-post/}. The
 * first URL is the first alias when there is one, so a page renamed with its old URL as an alias
 * keeps its id and feed readers do not show it again as a new item.
 */
final class FeedIds {

    private FeedIds() {
    }

    static String of(SiteConfig config, Item item) {
        String firstUrl = item.aliases().isEmpty() ? item.url() : item.aliases().get(0).url();
        if (item.date() == null) {
            return config.absoluteUrl(firstUrl);
        }
        return "tag:" + config.baseUrl().getHost() + "," + DateTimeFormatter.ISO_LOCAL_DATE.format(item.date())
                + ":" + firstUrl;
    }
}
