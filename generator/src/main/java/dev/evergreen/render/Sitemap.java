package dev.evergreen.render;

import dev.evergreen.load.SiteConfig;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/** {@code sitemap.xml} (sitemaps.org protocol) and the {@code robots.txt} that points to it. */
final class Sitemap {

    /** One page of the sitemap; {@code lastmod} is {@code null} for list pages. */
    record Entry(String url, ZonedDateTime lastmod) {
    }

    private Sitemap() {
    }

    static String write(SiteConfig config, List<Entry> entries) {
        XmlOut xml = new XmlOut().start("urlset", "xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9");
        entries.stream().sorted(Comparator.comparing(Entry::url)).forEach(entry -> xml.start("url")
                .leaf("loc", config.absoluteUrl(entry.url()))
                .leaf("lastmod", entry.lastmod() == null
                        ? null : ViewFactory.RFC_3339.format(entry.lastmod().truncatedTo(ChronoUnit.SECONDS)))
                .end());
        return xml.end().finish();
    }

    static String robots(SiteConfig config, String sitemapUrl) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + config.absoluteUrl(sitemapUrl) + "\n";
    }
}
