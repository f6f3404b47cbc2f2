package dev.evergreen.parse.ext;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fenced container: {@code :::type Optional title}, Markdown, then a line of as many colons. Containers
 * nest when the outer fence is longer ({@code ::::tabs} around {@code :::tab Maven}), as in Docusaurus.
 */
final class FencedContainerParser extends AbstractBlockParser {

    private static final Pattern OPENING = Pattern.compile("(:{3,})[ \\t]*([A-Za-z][\\w-]*)(?:[ \\t]+(.*))?");
    private static final Pattern CLOSING = Pattern.compile("(:{3,})[ \\t]*");

    private final Admonition block;
    private final int fenceLength;

    private FencedContainerParser(Admonition block, int fenceLength) {
        this.block = block;
        this.fenceLength = fenceLength;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(ParserState state, BlockParser blockParser, Block child) {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (state.getIndent() < state.getParsing().CODE_BLOCK_INDENT) {
            Matcher closing = CLOSING.matcher(state.getLine().subSequence(state.getNextNonSpaceIndex()).trimEnd());
            if (closing.matches() && closing.group(1).length() == fenceLength) {
                // Not finished(): that would leave an open paragraph inside as the parser's tip, and the
                // next line would continue it. Unmatched, the container closes with its children, and
                // the fence line itself is taken by FenceCloser.
                return BlockContinue.none();
            }
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setCharsFromContent();
    }

    static final class Factory implements CustomBlockParserFactory {

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new StartFactory(options);
        }
    }

    private static final class StartFactory extends AbstractBlockParserFactory {

        StartFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= state.getParsing().CODE_BLOCK_INDENT) {
                return BlockStart.none();
            }
            BasedSequence line = state.getLine();
            BasedSequence rest = line.subSequence(state.getNextNonSpaceIndex()).trimEnd();
            Matcher m = OPENING.matcher(rest);
            if (!m.matches()) {
                return BlockStart.none();
            }
            String title = m.group(3) == null ? "" : m.group(3).strip();
            Admonition block = new Admonition(Admonition.Form.FENCE, m.group(2).toLowerCase(Locale.ROOT), title, rest);
            return BlockStart.of(new FencedContainerParser(block, m.group(1).length())).atIndex(line.length());
        }
    }
}
