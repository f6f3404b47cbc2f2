package dev.evergreen.parse;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headings of a page with their ids, chosen before rendering so that the rendered ids, the table
 * of contents and the anchor check all agree.
 *
 * @param headings in document order
 * @param idsByNode the id of each flexmark heading node, by identity
 */
record PageHeadings(List<Heading> headings, Map<Node, String> idsByNode) {

    static PageHeadings of(Document document, LineIndex lines) {
        List<Heading> headings = new ArrayList<>();
        Map<Node, String> ids = new IdentityHashMap<>();
        HeadingIds slugger = new HeadingIds();
        NodeWalk.descendants(document, node -> true, node -> {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                String text = new TextCollectingVisitor().collectAndGetText(heading);
                String id = slugger.next(text);
                ids.put(heading, id);
                headings.add(new Heading(heading.getLevel(), id, text, lines.lineAt(heading.getStartOffset())));
            }
        });
        return new PageHeadings(headings, ids);
    }
}
