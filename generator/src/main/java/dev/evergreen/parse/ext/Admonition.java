package dev.evergreen.parse.ext;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A callout, a tab group or one tab: a container written as a GitHub alert ({@code > [!NOTE]}) or as a
 * fenced container ({@code :::note Title} … {@code :::}). Its children are ordinary Markdown blocks.
 */
public final class Admonition extends Block {

    /** How it was written: the two forms accept different types. */
    public enum Form { ALERT, FENCE }

    private final Form form;
    private final String type;
    private final String title;
    private final BasedSequence opening;

    Admonition(Form form, String type, String title, BasedSequence opening) {
        this.form = form;
        this.type = type;
        this.title = title;
        this.opening = opening;
    }

    public Form form() {
        return form;
    }

    /** The type as written, lowercased: {@code note}, {@code warning}, {@code tabs}, {@code tab}... */
    public String type() {
        return type;
    }

    /** The title written after a fence's type, or {@code ""}. */
    public String title() {
        return title;
    }

    /** The opening line's offset in the body, for findings and line stamps. */
    public int openingOffset() {
        return opening.getStartOffset();
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {opening};
    }
}
