package dev.evergreen.render;

import dev.evergreen.model.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeedsAndSitemapTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    Path content;

    private RenderedPage render(String outputPath) {
        Site site = SampleSite.site();
        SiteRenderer renderer = new SiteRenderer(site.config(), content);
        return renderer.plan(site).stream()
                .filter(job -> job.outputPath().toString().replace('\\', '/').equals(outputPath))
                .map(renderer::render)
                .findFirst().orElseThrow();
    }

    private static Document parse(RenderedPage page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(page.content().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Element parent, String namespace, String name) {
        NodeList nodes = namespace == null ? parent.getElementsByTagName(name)
                : parent.getElementsByTagNameNS(namespace, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static Element child(Element parent, String namespace, String name, int index) {
        return (Element) (namespace == null ? parent.getElementsByTagName(name)
                : parent.getElementsByTagNameNS(namespace, name)).item(index);
    }

    @Test
    void atomFeedHasTheRequiredElementsWithAbsoluteUrls() throws Exception {
        RenderedPage page = render("atom.xml");
        Element feed = parse(page).getDocumentElement();

        assertThat(page.url()).isEqualTo("/blog/atom.xml");
        assertThat(page.html()).isFalse();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(child(feed, ATOM, "title", 0).getTextContent()).isEqualTo("Evergreen Test");
        assertThat(child(feed, ATOM, "id", 0).getTextContent()).isEqualTo("https://example.org/blog/");
        // The newest update among the listed articles (newest article + 2 days), never the build time.
        assertThat(child(feed, ATOM, "updated", 0).getTextContent()).isEqualTo("2024-03-03T09:30:00+08:00");
        NodeList links = feed.getElementsByTagNameNS(ATOM, "link");
        assertThat(((Element) links.item(0)).getAttribute("rel")).isEqualTo("alternate");
        assertThat(((Element) links.item(0)).getAttribute("href")).isEqualTo("https://example.org/blog/");
        assertThat(((Element) links.item(1)).getAttribute("rel")).isEqualTo("self");
        assertThat(((Element) links.item(1)).getAttribute("href")).isEqualTo("https://example.org/blog/atom.xml");

        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(3);
        Element escaping = (Element) entries.item(1);
        assertThat(child(escaping, ATOM, "title", 0).getTextContent()).isEqualTo(SampleSite.HOSTILE_TITLE);
        assertThat(child(escaping, ATOM, "id", 0).getTextContent())
                .isEqualTo("tag:example.org,2024-02-01:/blog/2024/02/01/escaping/");
        assertThat(child(escaping, ATOM, "link", 0).getAttribute("href"))
                .isEqualTo("https://example.org/blog/2024/02/01/escaping/");
        assertThat(child(escaping, ATOM, "published", 0).getTextContent()).isEqualTo("2024-02-01T09:30:00+08:00");
        assertThat(child(escaping, ATOM, "updated", 0).getTextContent()).isEqualTo("2024-02-03T09:30:00+08:00");
        assertThat(texts(escaping, ATOM, "name")).containsExactly("Ada");
        Element summary = child(escaping, ATOM, "summary", 0);
        assertThat(summary.getAttribute("type")).isEqualTo("html");
        assertThat(summary.getTextContent())
                .contains("<a href=\"https://example.org/blog/about/\">about</a>")
                .contains("&lt;script&gt;")
                .doesNotContain("data-eg-src");
        assertThat(page.content()).doesNotContain("<script>", "Buy now");
    }

    @Test
    void rssFeedHasTheRequiredElementsWithAbsoluteUrls() throws Exception {
        Element rss = parse(render("rss.xml")).getDocumentElement();

        assertThat(rss.getTagName()).isEqualTo("rss");
        assertThat(rss.getAttribute("version")).isEqualTo("2.0");
        Element channel = child(rss, null, "channel", 0);
        assertThat(child(channel, null, "title", 0).getTextContent()).isEqualTo("Evergreen Test");
        assertThat(child(channel, null, "link", 0).getTextContent()).isEqualTo("https://example.org/blog/");
        assertThat(child(channel, null, "description", 0).getTextContent()).isEqualTo("Deep-dives & talks");
        assertThat(child(channel, null, "language", 0).getTextContent()).isEqualTo("en");
        assertThat(child(channel, ATOM, "link", 0).getAttribute("href")).isEqualTo("https://example.org/blog/rss.xml");

        NodeList items = channel.getElementsByTagName("item");
        assertThat(items.getLength()).isEqualTo(3);
        Element escaping = (Element) items.item(1);
        assertThat(child(escaping, null, "title", 0).getTextContent()).isEqualTo(SampleSite.HOSTILE_TITLE);
        assertThat(child(escaping, null, "link", 0).getTextContent())
                .isEqualTo("https://example.org/blog/2024/02/01/escaping/");
        assertThat(child(escaping, null, "guid", 0).getTextContent())
                .isEqualTo("tag:example.org,2024-02-01:/blog/2024/02/01/escaping/");
        assertThat(child(escaping, null, "guid", 0).getAttribute("isPermaLink")).isEqualTo("false");
        assertThat(child(escaping, null, "pubDate", 0).getTextContent()).isEqualTo("Thu, 1 Feb 2024 09:30:00 +0800");
        assertThat(child(escaping, null, "description", 0).getTextContent())
                .contains("https://example.org/blog/about/").doesNotContain("data-eg-src");
    }

    @Test
    void sitemapListsEveryDeveloperHtmlPageExcept404() throws Exception {
        Element urlset = parse(render("sitemap.xml")).getDocumentElement();

        assertThat(urlset.getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        assertThat(texts(urlset, "*", "loc")).containsExactly(
                "https://example.org/blog/",
                "https://example.org/blog/2023/12/01/records/",
                "https://example.org/blog/2024/02/01/escaping/",
                "https://example.org/blog/2024/03/01/virtual-threads/",
                "https://example.org/blog/about/",
                "https://example.org/blog/archives/",
                "https://example.org/blog/categories/",
                "https://example.org/blog/categories/deep-dives/",
                "https://example.org/blog/categories/deep-dives/page/2/",
                "https://example.org/blog/page/2/",
                "https://example.org/blog/recordings/talk/",
                "https://example.org/blog/tags/",
                "https://example.org/blog/tags/%E5%B9%B6%E5%8F%91/",
                "https://example.org/blog/tags/java/",
                "https://example.org/blog/tags/java/page/2/");
        Element records = (Element) urlset.getElementsByTagNameNS("*", "url").item(1);
        assertThat(texts(records, "*", "lastmod")).containsExactly("2023-12-03T09:30:00+08:00");
    }

    @Test
    void robotsPointsToTheSitemap() {
        assertThat(render("robots.txt").content()).contains("Sitemap: https://example.org/blog/sitemap.xml\n");
    }
}
