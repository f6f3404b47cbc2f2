package dev.evergreen.parse.ext;

import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GitHub alert: a block quote whose first line is only {@code [!TYPE]}. It continues as a block quote
 * does, line by line while each starts with {@code >}; tried before the block quote parser.
 */
final class AlertBlockParser extends AbstractBlockParser {

    private static final Pattern OPENING = Pattern.compile(">[ \\t]?\\[!([A-Za-z]+)\\][ \\t]*");

    private final Admonition block;

    private AlertBlockParser(Admonition block) {
        this.block = block;
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
    public boolean isPropagatingLastBlankLine(BlockParser lastMatchedBlockParser) {
        return false;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        int nextNonSpace = state.getNextNonSpaceIndex();
        BasedSequence line = state.getLine();
        if (state.isBlank() || state.getIndent() >= state.getParsing().CODE_BLOCK_INDENT
                || line.charAt(nextNonSpace) != '>') {
            return BlockContinue.none();
        }
        int column = state.getColumn() + state.getIndent() + 1;
        return BlockContinue.atColumn(Parsing.isSpaceOrTab(line, nextNonSpace + 1) ? column + 1 : column);
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
            return Set.of(BlockQuoteParser.Factory.class);
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
            Admonition block = new Admonition(Admonition.Form.ALERT, m.group(1).toLowerCase(Locale.ROOT), "", rest);
            return BlockStart.of(new AlertBlockParser(block)).atIndex(line.length());
        }
    }
}
