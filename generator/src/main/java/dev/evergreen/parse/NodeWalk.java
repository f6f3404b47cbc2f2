package dev.evergreen.parse;

import com.vladsch.flexmark.util.ast.Node;

import java.util.function.Consumer;
import java.util.function.Predicate;

/** A depth-first walk without recursion, so thousands of nested lists cannot overflow the stack here. */
final class NodeWalk {

    private NodeWalk() {
    }

    /**
     * Visits every descendant of {@code root} in document order.
     *
     * @param enter whether to walk into a node's children (the node itself is visited either way)
     */
    static void descendants(Node root, Predicate<Node> enter, Consumer<Node> visit) {
        Node node = root.getFirstChild();
        while (node != null) {
            visit.accept(node);
            if (node.getFirstChild() != null && enter.test(node)) {
                node = node.getFirstChild();
                continue;
            }
            while (node != root && node.getNext() == null) {
                node = node.getParent();
            }
            node = node == root ? null : node.getNext();
        }
    }
}
