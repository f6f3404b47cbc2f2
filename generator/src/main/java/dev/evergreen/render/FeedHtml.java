package dev.evergreen.render;

import dev.evergreen.load.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Excerpt HTML made fit for a feed: feeds are read away from the site, so root-relative links become
 * absolute, and feeds are not post-processed, so the source-line stamps are removed here.
 */
final class FeedHtml {

    private static final String STAMP = "data-eg-src";

    private final SiteConfig config;

    FeedHtml(SiteConfig config) {
        this.config = config;
    }

    String clean(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        doc.select("[" + STAMP + "]").removeAttr(STAMP);
        AbsoluteLinks.apply(doc, config);
        return doc.body().html();
    }
}
