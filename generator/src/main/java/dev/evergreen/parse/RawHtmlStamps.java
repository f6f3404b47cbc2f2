package dev.evergreen.parse;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Locale;
import java.util.Set;

/**
 * Renders HTML written in the Markdown unchanged except for a {@code data-eg-src} stamp in the start tag
 * of every element that loads or links something. Only the node's own characters are scanned: the page
 * is never parsed as HTML here.
 */
final class RawHtmlStamps implements NodeRenderer {

    static final NodeRendererFactory FACTORY = options -> new RawHtmlStamps();

    private static final Set<String> STAMPED_TAGS = Set.of("a", "img", "video", "audio", "source", "iframe",
            "object", "embed", "track", "link");

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(HtmlBlock.class, RawHtmlStamps::renderBlock),
                new NodeRenderingHandler<>(HtmlInline.class, RawHtmlStamps::renderInline));
    }

    /** As flexmark renders an HTML block (inner-block parsing is off, so blocks have no children). */
    private static void renderBlock(HtmlBlock node, NodeRendererContext context, HtmlWriter html) {
        html.line();
        html.rawPre(stamp(node.getContentChars(), PageContext.of(node)));
        html.lineIf(context.getHtmlOptions().htmlBlockCloseTagEol);
    }

    private static void renderInline(HtmlInline node, NodeRendererContext context, HtmlWriter html) {
        html.rawPre(stamp(node.getChars(), PageContext.of(node)));
    }

    /**
     * Inserts the stamp right after the tag name of each stamped start tag. Offsets go through
     * {@link BasedSequence#getIndexOffset}, because inside a block quote the block's characters are
     * pieced together from several source lines.
     */
    static String stamp(BasedSequence chars, PageContext page) {
        StringBuilder out = null;
        int copied = 0;
        int n = chars.length();
        for (int i = chars.indexOf('<'); i >= 0 && i < n; i = chars.indexOf('<', i + 1)) {
            if (chars.matchChars("<!--", i)) {
                int close = chars.indexOf("-->", i + 4);
                if (close < 0) {
                    break;
                }
                i = close + 2;
                continue;
            }
            int nameEnd = i + 1;
            while (nameEnd < n && isAsciiLetter(chars.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd == i + 1 || !endsTagName(chars, nameEnd)
                    || !STAMPED_TAGS.contains(chars.subSequence(i + 1, nameEnd).toString().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n + 64);
            }
            out.append(chars, copied, nameEnd).append(' ').append(SourceStamps.ATTRIBUTE).append("=\"")
                    .append(escapeAttribute(page.stampAt(chars.getIndexOffset(i)))).append('"');
            copied = nameEnd;
        }
        return out == null ? chars.toString() : out.append(chars, copied, n).toString();
    }

    private static boolean endsTagName(CharSequence chars, int index) {
        if (index == chars.length()) {
            return true;
        }
        char c = chars.charAt(index);
        return c == '>' || c == '/' || Character.isWhitespace(c);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static String escapeAttribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
