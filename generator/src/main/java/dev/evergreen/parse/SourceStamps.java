package dev.evergreen.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Adds what flexmark's own rendering of Markdown nodes lacks: the GitHub heading id, and the
 * {@code data-eg-src} stamp on every link and image so later stages can report at the Markdown line.
 */
final class SourceStamps implements AttributeProvider {

    /** The attribute post-process reads, then removes. */
    static final String ATTRIBUTE = "data-eg-src";

    static final IndependentAttributeProviderFactory FACTORY = new IndependentAttributeProviderFactory() {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new SourceStamps();
        }
    };

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof Heading) {
            String id = PageContext.of(node).headingIds().get(node);
            if (id != null) {
                attributes.replaceValue("id", id);
            }
        } else if (isLinkOrImage(node)) {
            attributes.replaceValue(ATTRIBUTE, PageContext.of(node).stampAt(node.getStartOffset()));
        }
    }

    private static boolean isLinkOrImage(Node node) {
        return node instanceof Link || node instanceof Image || node instanceof LinkRef || node instanceof ImageRef
                || node instanceof AutoLink || node instanceof MailLink;
    }
}
