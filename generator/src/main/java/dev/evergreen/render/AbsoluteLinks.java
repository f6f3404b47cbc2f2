package dev.evergreen.render;

import dev.evergreen.load.SiteConfig;
import org.jsoup.nodes.Element;

/**
 * Makes the root-relative links of some HTML absolute on the site's base URL, for HTML read away from
 * the site: feed entries, and the pages of a channel published as a site of its own.
 */
public final class AbsoluteLinks {

    private static final String[] ATTRIBUTES = {"href", "src", "poster"};

    private AbsoluteLinks() {
    }

    public static void apply(Element root, SiteConfig config) {
        for (String attribute : ATTRIBUTES) {
            for (Element element : root.select("[" + attribute + "^=/]")) {
                String url = element.attr(attribute);
                if (!url.startsWith("//")) {
                    element.attr(attribute, config.absoluteUrl(url));
                }
            }
        }
    }
}
