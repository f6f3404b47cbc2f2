package dev.evergreen.parse.ext;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;

import java.util.Optional;
import java.util.Set;

/** A fenced block with included code renders that code, as flexmark renders any fenced block. */
final class IncludedCodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, IncludedCodeRenderer::render));
    }

    private static void render(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        Optional<String> code = CodeIncluder.of(node.getDocument()).flatMap(includer -> includer.code(node));
        if (code.isEmpty()) {
            context.delegateRender();
            return;
        }
        String language = node.getInfoDelimitedByAny(com.vladsch.flexmark.util.misc.CharPredicate.SPACE_TAB).toString();
        // openPre keeps the writer from re-indenting the code's lines.
        html.line().raw("<pre>").openPre().raw("<code");
        if (!language.isEmpty()) {
            html.raw(" class=\"language-").text(language).raw("\"");
        }
        html.raw(">").text(code.get()).raw("</code>").raw("</pre>").closePre().line();
    }
}
