package dev.evergreen.parse;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.SourcePos;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Images written without alt text ({@code ![](x.png)}, or {@code <img>} in raw HTML): a screen reader has
 * nothing to say about them. A warning, not an error, so that imported blogs still build. Found on the
 * Markdown tree, once per parse: the rendered HTML is never parsed for it, and a warm rebuild that reuses
 * a page's parse reuses its findings too.
 */
final class MissingAltText {

    private static final String IMG = "<img";

    private final Path source;
    private final LineIndex lines;
    private final List<Finding> findings = new ArrayList<>();

    private MissingAltText(Path source, LineIndex lines) {
        this.source = source;
        this.lines = lines;
    }

    static List<Finding> find(Document document, LineIndex lines, Path source) {
        MissingAltText check = new MissingAltText(source, lines);
        NodeWalk.descendants(document, node -> true, node -> check.visit(document, node));
        return check.findings;
    }

    private void visit(Document document, Node node) {
        if (node instanceof Image image && image.getText().isBlank()) {
            report(node.getStartOffset(), image.getUrl().toString());
        } else if (node instanceof ImageRef ref && ref.getText().isBlank()) {
            Reference target = ref.getReferenceNode(document);
            report(node.getStartOffset(), target != null ? target.getUrl().toString() : ref.getReference().toString());
        } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
            rawImages(node.getChars());
        }
    }

    /** Each {@code <img>} start tag of raw HTML, read on its own: the text around it is not HTML's concern here. */
    private void rawImages(BasedSequence chars) {
        String text = chars.toString();
        for (int at = indexOfImg(text, 0); at >= 0; at = indexOfImg(text, at + IMG.length())) {
            int end = text.indexOf('>', at);
            Element img = Jsoup.parseBodyFragment(text.substring(at, end < 0 ? text.length() : end + 1))
                    .selectFirst("img");
            if (img != null && img.attr("alt").isBlank()) {
                report(chars.getIndexOffset(at), img.attr("src"));
            }
        }
    }

    private static int indexOfImg(String text, int from) {
        for (int i = text.indexOf('<', from); i >= 0; i = text.indexOf('<', i + 1)) {
            if (text.regionMatches(true, i, IMG, 0, IMG.length())
                    && (i + IMG.length() == text.length() || !Character.isLetterOrDigit(text.charAt(i + IMG.length())))) {
                return i;
            }
        }
        return -1;
    }

    private void report(int offset, String src) {
        findings.add(ContentFinding.warning(SourcePos.of(source, lines.lineAt(offset)), "alt-text",
                "image " + src + " has no alt text; write ![what it shows](" + src
                        + "), or describe it in words nearby"));
    }
}
