package dev.evergreen.parse;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;

import java.util.Map;

/**
 * What the shared renderer needs to know about the one page it is rendering: where each node's line is,
 * how to name the source in stamps, and the heading ids chosen before rendering. It travels on the
 * flexmark {@link Document}, so the renderer itself stays stateless and shared across threads.
 *
 * @param slashPath the source path as written in stamps
 * @param lines offsets of the body → file lines
 * @param headingIds the id of each heading node (by identity)
 */
record PageContext(String slashPath, LineIndex lines, Map<Node, String> headingIds) {

    private static final NullableDataKey<PageContext> KEY = new NullableDataKey<>("EVERGREEN_PAGE_CONTEXT");

    void attachTo(Document document) {
        document.set(KEY, this);
    }

    static PageContext of(Node node) {
        return KEY.get(node.getDocument());
    }

    /** The {@code data-eg-src} value for an element at a body offset. */
    String stampAt(int bodyOffset) {
        return slashPath + ":" + lines.lineAt(bodyOffset);
    }
}
