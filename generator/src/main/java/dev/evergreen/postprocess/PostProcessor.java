package dev.evergreen.postprocess;

import dev.evergreen.finding.SourcePos;
import dev.evergreen.load.HexoSettings;
import dev.evergreen.model.Site;
import dev.evergreen.render.RenderedPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The post-process stage: one jsoup parse per page, shared by everything that needs the final HTML.
 * It rewrites links authors wrote relative to their Markdown file, points in-page links of excerpts
 * (shown on list pages) at the article they came from, collects links and anchors for the link
 * check, and removes the source stamps the parse stage left, so published HTML carries no trace.
 */
public final class PostProcessor {

    /** Set by the parse stage on every link-bearing element: {@code <source path>:<line>}. */
    public static final String STAMP = "data-eg-src";

    private final SourceLinks sourceLinks;
    private final SharedValues shared = new SharedValues();
    /** Present for a Hexo blog with {@code relative_link: true}. */
    private final Optional<RelativeLinks> relativeLinks;

    public PostProcessor(Site site) {
        this.sourceLinks = new SourceLinks(site);
        this.relativeLinks = site.config().hexo().filter(HexoSettings::relativeLink)
                .map(hexo -> new RelativeLinks(site.config().basePath()));
    }

    /** Pages that are not HTML (feeds, the sitemap, theme files) pass through with no links. */
    public ProcessedPage process(RenderedPage page) {
        if (!page.html()) {
            return new ProcessedPage(page.url(), page.outputPath(), page.utf8(), List.of(), Set.of());
        }
        Document doc = Jsoup.parse(page.content(), "", Parser.htmlParser());
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        SourcePos templatePos = SourcePos.of(shared.path(page.template()), 0);
        List<PageLink> links = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        // One walk does what three CSS selections did (links, leftover stamps, anchors), in document order.
        for (Element element : doc.getAllElements()) {
            collectAnchors(element, anchors);
            if (!element.hasAttr(STAMP) && !LinkAttributes.mayCarry(element.normalName())) {
                continue;
            }
            Stamp stamp = Stamp.read(element.attr(STAMP));
            // Stamps on elements that carry no URL (a <video> whose URLs sit in <source> children) go too.
            element.removeAttr(STAMP);
            for (String attribute : LinkAttributes.ORDER) {
                if (element.hasAttr(attribute) && LinkAttributes.carries(element.normalName(), attribute)) {
                    collect(page, element, attribute, stamp, templatePos, links);
                }
            }
        }
        return new ProcessedPage(page.url(), page.outputPath(), doc.outerHtml().getBytes(StandardCharsets.UTF_8),
                links, anchors);
    }

    private void collect(RenderedPage page, Element element, String attribute, Stamp stamp, SourcePos templatePos,
                         List<PageLink> links) {
        String value = element.attr(attribute);
        List<String> written = attribute.equals("srcset") ? LinkAttributes.srcsetUrls(value) : List.of(value.strip());
        Map<String, String> rewrites = new HashMap<>();
        for (String each : written) {
            String url = shared.text(each);
            PageLink link = stamp == null ? new PageLink(url, url, templatePos, null) : resolve(page, stamp, url);
            links.add(link);
            // The check keeps the root-relative form, which means the same on every page; only what is published
            // becomes relative.
            String published = relativeLinks.map(r -> r.relativize(page.url(), link.href())).orElse(link.href());
            if (!published.equals(url)) {
                rewrites.put(url, published);
            }
        }
        if (!rewrites.isEmpty()) {
            element.attr(attribute, attribute.equals("srcset")
                    ? LinkAttributes.rewriteSrcset(value, rewrites) : rewrites.get(written.get(0)));
        }
    }

    private PageLink resolve(RenderedPage page, Stamp stamp, String url) {
        SourcePos pos = SourcePos.of(shared.path(stamp.sourcePath()), stamp.line());
        SourceLinks.Resolution resolution = sourceLinks.resolve(stamp.sourcePath(), url);
        if (resolution.rewritten()) {
            return new PageLink(shared.text(resolution.href()), url, pos, null);
        }
        if (resolution.missingSource() != null) {
            return new PageLink(url, url, pos, resolution.missingSource());
        }
        Optional<String> sourcePage = sourceLinks.pageOf(stamp.sourcePath());
        boolean shownElsewhere = sourcePage.isPresent() && !sourcePage.get().equals(page.url());
        if (shownElsewhere && url.startsWith("#")) {
            return new PageLink(shared.text(sourcePage.get() + url), url, pos, null);
        }
        return new PageLink(url, url, pos, null);
    }

    private void collectAnchors(Element element, Set<String> anchors) {
        if (element.hasAttr("id")) {
            anchors.add(shared.text(element.id()));
        }
        if (element.nameIs("a") && element.hasAttr("name")) {
            anchors.add(shared.text(element.attr("name")));
        }
    }

    /** A parsed {@value STAMP}: the path may itself contain colons, the line is after the last one. */
    private record Stamp(String sourcePath, int line) {
        static Stamp read(String value) {
            int colon = value.lastIndexOf(':');
            if (colon <= 0) {
                return null;
            }
            try {
                return new Stamp(value.substring(0, colon), Integer.parseInt(value.substring(colon + 1)));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
