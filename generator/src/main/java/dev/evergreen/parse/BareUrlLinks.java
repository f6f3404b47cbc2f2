package dev.evergreen.parse;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * flexmark's autolink extension (bare URLs, {@code www.} hosts and e-mail addresses become links),
 * with a cheap pre-check in front: a text run that holds no {@code :}, {@code @} or {@code www} cannot
 * hold such a link, so flexmark's scan (unescaping, a link extractor and a regular expression per run,
 * about 40% of parse time on prose) is skipped for it. The output is the same as the extension's.
 */
final class BareUrlLinks implements Parser.ParserExtension {

    static BareUrlLinks create() {
        return new BareUrlLinks();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new PreChecked(new AutolinkNodePostProcessor(document));
        }
    }

    private static final class PreChecked extends NodePostProcessor {
        private final AutolinkNodePostProcessor autolink;

        PreChecked(AutolinkNodePostProcessor autolink) {
            this.autolink = autolink;
        }

        @Override
        public void process(NodeTracker state, Node node) {
            if (mayHoldLink(node.getChars()) || joinsNext(node)) {
                autolink.process(state, node);
            }
        }
    }

    /** flexmark scans a text run together with the entities and typographic text that follow it. */
    private static boolean joinsNext(Node node) {
        Node next = node.getNext();
        return next instanceof HtmlEntity || next instanceof TypographicText;
    }

    static boolean mayHoldLink(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '@') {
                return true;
            }
            if ((c == 'w' || c == 'W') && i + 2 < n && (text.charAt(i + 1) | 0x20) == 'w'
                    && (text.charAt(i + 2) | 0x20) == 'w') {
                return true;
            }
        }
        return false;
    }
}
