package dev.evergreen.parse.ext;

import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fenced container: {@code :::type Optional title}, Markdown, then a line of as many colons. Containers
 * nest when the outer fence is longer ({@code ::::tabs} around {@code :::tab Maven}), as in Docusaurus.
 */
final class FencedContainerParser extends ContainerParser {

    private static final Pattern OPENING = Pattern.compile("(:{3,})[ \\t]*([A-Za-z][\\w-]*)(?:[ \\t]+(.*))?");

    private final int fenceLength;

    private FencedContainerParser(Admonition block, int fenceLength) {
        super(block);
        this.fenceLength = fenceLength;
    }

    static Optional<BlockParser> start(BasedSequence line) {
        Matcher m = OPENING.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String title = m.group(3) == null ? "" : m.group(3).strip();
        Admonition block = new Admonition(Admonition.Form.FENCE, m.group(2).toLowerCase(Locale.ROOT), title, line);
        return Optional.of(new FencedContainerParser(block, m.group(1).length()));
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (state.getIndent() < state.getParsing().CODE_BLOCK_INDENT
                && FenceCloser.isFence(state.getLine().subSequence(state.getNextNonSpaceIndex()).trimEnd(), fenceLength)) {
            // Not finished(): that would leave an open paragraph inside as the parser's tip, and the
            // next line would continue it. Unmatched, the container closes with its children, and
            // the fence line itself is taken by FenceCloser.
            return BlockContinue.none();
        }
        return BlockContinue.atIndex(state.getIndex());
    }
}
