package dev.evergreen.render;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.SourcePos;
import dev.evergreen.model.Item;
import dev.evergreen.postprocess.PostProcessor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Images written in Markdown without alt text ({@code ![](x.png)}): a screen reader has nothing to say
 * about them. A warning, not an error, so that imported blogs still build; the line comes from the
 * parse stage's source stamp.
 */
final class MissingAltText {

    private MissingAltText() {
    }

    static List<Finding> find(Item item) {
        String html = item.contentHtml();
        if (html == null || !html.contains("<img")) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Element img : Jsoup.parseBodyFragment(html).select("img[" + PostProcessor.STAMP + "]")) {
            if (img.attr("alt").isBlank()) {
                findings.add(ContentFinding.warning(SourcePos.of(item.source().path(), line(img)), "alt-text",
                        "image " + img.attr("src") + " has no alt text; write ![what it shows](" + img.attr("src")
                                + "), or describe it in words nearby"));
            }
        }
        return findings;
    }

    private static int line(Element img) {
        String stamp = img.attr(PostProcessor.STAMP);
        try {
            return Integer.parseInt(stamp.substring(stamp.lastIndexOf(':') + 1));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
