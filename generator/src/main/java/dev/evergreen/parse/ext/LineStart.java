package dev.evergreen.parse.ext;

import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Starts a block on a whole line: the line, not indented as code and without its leading and trailing
 * space, goes to each starter in turn; a block one starts takes the entire line. One factory for all the
 * starters, because flexmark orders factories by class and accepts each class once.
 */
final class LineStart implements CustomBlockParserFactory {

    /** A parser for the block a line opens, if it opens one. */
    interface Starter {
        Optional<BlockParser> start(BasedSequence line);
    }

    private final List<Starter> starters;
    private final Set<Class<?>> before;

    /** @param before the factories this one must be tried before, e.g. the block quote's */
    LineStart(List<Starter> starters, Set<Class<?>> before) {
        this.starters = List.copyOf(starters);
        this.before = Set.copyOf(before);
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return before;
    }

    @Override
    public boolean affectsGlobalScope() {
        return false;
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
        return new AbstractBlockParserFactory(options) {
            @Override
            public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                if (state.getIndent() >= state.getParsing().CODE_BLOCK_INDENT) {
                    return BlockStart.none();
                }
                BasedSequence line = state.getLine();
                BasedSequence rest = line.subSequence(state.getNextNonSpaceIndex()).trimEnd();
                for (Starter starter : starters) {
                    Optional<BlockParser> parser = starter.start(rest);
                    if (parser.isPresent()) {
                        return BlockStart.of(parser.get()).atIndex(line.length());
                    }
                }
                return BlockStart.none();
            }
        };
    }
}
