package dev.evergreen.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Counts the readable text of a body from its syntax tree: words of Latin-script (and other spaced)
 * languages, and CJK characters, which carry about a word each. Code blocks, raw HTML and bare URLs
 * are not read as prose and are skipped.
 */
final class TextCounter {

    private int words;
    private int cjkChars;

    static TextStats count(Node root) {
        TextCounter counter = new TextCounter();
        NodeWalk.descendants(root, TextCounter::isProse, node -> {
            if (node instanceof Text) {
                counter.add(node.getChars());
            }
        });
        return new TextStats(counter.words, counter.cjkChars);
    }

    private static boolean isProse(Node node) {
        return !(node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof HtmlBlockBase
                || node instanceof AutoLink || node instanceof MailLink);
    }

    private void add(CharSequence text) {
        boolean inWord = false;
        for (int i = 0, n = text.length(); i < n; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                cjkChars++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (!inWord || !isJoiner(cp)) {
                inWord = false;
            }
        }
    }

    /** Apostrophes and hyphens inside a word ("don't", "well-known") do not split it. */
    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '-';
    }

    private static boolean isCjk(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
