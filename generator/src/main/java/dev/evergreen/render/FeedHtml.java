package dev.evergreen.render;

import dev.evergreen.load.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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
        for (String attribute : new String[] {"href", "src", "poster"}) {
            for (Element element : doc.select("[" + attribute + "^=/]")) {
                String url = element.attr(attribute);
                if (!url.startsWith("//")) {
                    element.attr(attribute, config.absoluteUrl(url));
                }
            }
        }
        return doc.body().html();
    }
}
