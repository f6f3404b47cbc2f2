package dev.evergreen.parse.ext;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;

import java.util.Set;

/**
 * Callouts as {@code <div class="admonition admonition-note" role="note">} with a visible title; a tab
 * group as {@code <div class="tabs">} of {@code <section class="tab-panel">}, each under a heading, which is
 * what a reader without JavaScript sees. An unknown type keeps its content in a plain block quote or div.
 */
final class AdmonitionRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Admonition.class, AdmonitionRenderer::render),
                new NodeRenderingHandler<>(FenceCloser.Node.class, (node, context, html) -> { }));
    }

    private static void render(Admonition node, NodeRendererContext context, HtmlWriter html) {
        String type = node.type();
        if (!AdmonitionType.known(node)) {
            String tag = node.form() == Admonition.Form.ALERT ? "blockquote" : "div";
            html.line().raw("<" + tag + ">").line();
            context.renderChildren(node);
            html.line().raw("</" + tag + ">").line();
        } else if (type.equals(AdmonitionType.TABS)) {
            html.line().raw("<div class=\"tabs\">").line();
            context.renderChildren(node);
            html.line().raw("</div>").line();
        } else if (type.equals(AdmonitionType.TAB)) {
            html.line().raw("<section class=\"tab-panel\">").line();
            html.raw("<h4 class=\"tab-title\">").text(title(node)).raw("</h4>").line();
            context.renderChildren(node);
            html.line().raw("</section>").line();
        } else {
            html.line().raw("<div class=\"admonition admonition-" + type + "\" role=\"note\">").line();
            html.raw("<p class=\"admonition-title\">").text(title(node)).raw("</p>").line();
            context.renderChildren(node);
            html.line().raw("</div>").line();
        }
    }

    private static String title(Admonition node) {
        return node.title().isEmpty() ? AdmonitionType.defaultTitle(node.type()) : node.title();
    }
}
