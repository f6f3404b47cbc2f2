package dev.evergreen.parse;

import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.Optional;

/**
 * The excerpt of a page, as Hexo defines it: everything before {@code <!-- more -->}, whether the marker
 * is a block of its own or sits inside a paragraph; otherwise the description; otherwise the first
 * paragraph. Excerpts are rendered from the same syntax tree, so they carry the same stamps and ids.
 */
final class Excerpts {

    private final HtmlRenderer renderer;

    Excerpts(HtmlRenderer renderer) {
        this.renderer = renderer;
    }

    static Optional<Node> moreMarker(Document document) {
        Node[] found = new Node[1];
        NodeWalk.descendants(document, node -> found[0] == null, node -> {
            if (found[0] == null && (node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment)
                    && isMoreComment(node.getChars().toString())) {
                found[0] = node;
            }
        });
        return Optional.ofNullable(found[0]);
    }

    static boolean isMoreComment(String chars) {
        String comment = chars.strip();
        return comment.startsWith("<!--") && comment.endsWith("-->")
                && comment.substring(4, comment.length() - 3).strip().equals("more");
    }

    /**
     * The blocks before the one holding the marker, and the start of its paragraph if it sits in one.
     * flexmark renders links only inside a whole document, so the excerpt's nodes are moved into a
     * document of their own: this takes the page's tree apart and must run after everything else read it.
     */
    String beforeMarker(Document document, Node marker) {
        Node top = marker;
        while (top.getParent() != document) {
            top = top.getParent();
        }
        Document excerpt = new Document(document, document.getChars());
        Node block = document.getFirstChild();
        while (block != top) {
            Node next = block.getNext();
            excerpt.appendChild(block);
            block = next;
        }
        if (top instanceof Paragraph && marker.getParent() == top && marker.getPrevious() != null) {
            Paragraph start = new Paragraph(top.getChars());
            while (top.getFirstChild() != marker) {
                start.appendChild(top.getFirstChild());
            }
            if (start.getLastChild() instanceof Text last) {
                last.setChars(last.getChars().trimEnd());
            }
            excerpt.appendChild(start);
        }
        return renderer.render(excerpt);
    }

    /** Hexo's {@code excerpt} front matter key, which wins over the marker, as plain text. */
    static Optional<String> fromFrontMatter(FrontMatter frontMatter) {
        if (frontMatter.extra().get("excerpt") instanceof String text && !text.isBlank()) {
            return Optional.of("<p>" + Escaping.escapeHtml(text.strip(), false) + "</p>\n");
        }
        return Optional.empty();
    }

    /** The description, else the first paragraph; like {@link #beforeMarker}, this takes the tree apart. */
    String fallback(Document document, String description) {
        if (description != null && !description.isBlank()) {
            return "<p>" + Escaping.escapeHtml(description.strip(), false) + "</p>\n";
        }
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Paragraph) {
                Document excerpt = new Document(document, document.getChars());
                excerpt.appendChild(block);
                return renderer.render(excerpt);
            }
        }
        return "";
    }
}
