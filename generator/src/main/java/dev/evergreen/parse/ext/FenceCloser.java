package dev.evergreen.parse.ext;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The closing line of a fenced container ({@code :::}), once the container has refused it: a block that
 * renders nothing, so the fence never shows as text.
 */
final class FenceCloser extends AbstractBlockParser {

    private static final Pattern FENCE = Pattern.compile("(:{3,})[ \\t]*");

    /** The fence line in the document: it has no content and renders nothing. */
    static final class Node extends Block {
        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    private final Node block = new Node();

    /** Whether a line is a closing fence of {@code length} colons. */
    static boolean isFence(BasedSequence line, int length) {
        Matcher m = FENCE.matcher(line);
        return m.matches() && m.group(1).length() == length;
    }

    static Optional<BlockParser> start(BasedSequence line) {
        return FENCE.matcher(line).matches() ? Optional.of(new FenceCloser()) : Optional.empty();
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return BlockContinue.none();
    }

    @Override
    public void closeBlock(ParserState state) {
        // Nothing to keep.
    }
}
