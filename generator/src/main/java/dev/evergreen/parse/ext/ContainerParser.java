package dev.evergreen.parse.ext;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;

/** A parser of an {@link Admonition}: a container of any Markdown blocks. Subclasses decide where it ends. */
abstract class ContainerParser extends AbstractBlockParser {

    private final Admonition block;

    ContainerParser(Admonition block) {
        this.block = block;
    }

    @Override
    public final Block getBlock() {
        return block;
    }

    @Override
    public final boolean isContainer() {
        return true;
    }

    @Override
    public final boolean canContain(ParserState state, BlockParser blockParser, Block child) {
        return true;
    }

    @Override
    public final void closeBlock(ParserState state) {
        block.setCharsFromContent();
    }
}
