package dev.evergreen.parse.ext;

import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GitHub alert: a block quote whose first line is only {@code [!TYPE]}. It continues as a block quote
 * does, line by line while each starts with {@code >}; tried before the block quote parser.
 */
final class AlertBlockParser extends ContainerParser {

    private static final Pattern OPENING = Pattern.compile(">[ \\t]?\\[!([A-Za-z]+)\\][ \\t]*");

    private AlertBlockParser(Admonition block) {
        super(block);
    }

    static Optional<BlockParser> start(BasedSequence line) {
        Matcher m = OPENING.matcher(line);
        return m.matches() ? Optional.of(new AlertBlockParser(new Admonition(Admonition.Form.ALERT,
                m.group(1).toLowerCase(Locale.ROOT), "", line))) : Optional.empty();
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
}
