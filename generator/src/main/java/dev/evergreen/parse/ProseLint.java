package dev.evergreen.parse;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.SourcePos;
import dev.evergreen.load.ProsePhrase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the phrases a channel avoids in a page's prose: text only, never inside code spans, code
 * blocks or raw HTML, each reported as a warning at its line and column. A page opts out of a phrase
 * with {@code allowPhrases: [phrase]} in its front matter.
 */
final class ProseLint {

    static final String ALLOW_KEY = "allowPhrases";

    private final Map<String, Phrases> phrasesByChannel;
    private final String defaultChannel;

    /** @param avoidByChannel each channel's phrases; the patterns are compiled once, here */
    ProseLint(Map<String, List<ProsePhrase>> avoidByChannel, String defaultChannel) {
        Map<String, Phrases> compiled = new LinkedHashMap<>();
        avoidByChannel.forEach((channel, phrases) -> {
            if (!phrases.isEmpty()) {
                compiled.put(channel, Phrases.of(phrases));
            }
        });
        this.phrasesByChannel = compiled;
        this.defaultChannel = defaultChannel;
    }

    static ProseLint none() {
        return new ProseLint(Map.of(), "");
    }

    List<Finding> lint(Node document, LineIndex lines, FrontMatter fm, Path file) {
        String channel = fm.channel() == null ? defaultChannel : fm.channel();
        Phrases phrases = phrasesByChannel.get(channel);
        if (phrases == null) {
            return List.of();
        }
        List<String> allowed = allowed(fm.extra().get(ALLOW_KEY));
        List<Finding> findings = new ArrayList<>();
        walk(document, text -> {
            if (!phrases.mayOccurIn(text.getChars().toString())) {
                return;
            }
            Matcher m = phrases.combined().matcher(text.getChars());
            while (m.find()) {
                ProsePhrase phrase = phrases.matched(m);
                if (allowed.contains(phrase.text().toLowerCase(Locale.ROOT))
                        || allowed.contains(m.group().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                int offset = text.getChars().getStartOffset() + m.start();
                findings.add(ContentFinding.warning(new SourcePos(file, lines.lineAt(offset), lines.columnAt(offset)),
                        "prose", "\"" + m.group() + "\" reads as a slogan in the " + channel
                                + " channel; say what it does instead, or allow it with '" + ALLOW_KEY + ": ["
                                + phrase.text() + "]' in the front matter"));
            }
        });
        return findings;
    }

    /**
     * A channel's phrases as one alternation, so each text is scanned once rather than once per phrase;
     * each phrase is a named group, which its own groups cannot renumber.
     */
    private record Phrases(Pattern combined, List<ProsePhrase> phrases, List<String> needles, boolean anyRegex) {

        static Phrases of(List<ProsePhrase> phrases) {
            StringBuilder regex = new StringBuilder();
            List<String> needles = new ArrayList<>();
            boolean anyRegex = false;
            for (int i = 0; i < phrases.size(); i++) {
                regex.append(i == 0 ? "" : "|").append("(?<p").append(i).append('>')
                        .append(phrases.get(i).pattern().pattern()).append(')');
                if (phrases.get(i).isRegex()) {
                    anyRegex = true;
                } else {
                    needles.add(phrases.get(i).text().toLowerCase(Locale.ROOT));
                }
            }
            return new Phrases(Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    List.copyOf(phrases), List.copyOf(needles), anyRegex);
        }

        /**
         * Whether the regular expression is worth running: almost no text holds a slogan, and a
         * plain search for each phrase is many times cheaper than the alternation's case-blind match.
         */
        boolean mayOccurIn(String text) {
            if (anyRegex) {
                return true;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            for (String needle : needles) {
                if (lower.contains(needle)) {
                    return true;
                }
            }
            return false;
        }

        ProsePhrase matched(Matcher m) {
            for (int i = 0; i < phrases.size(); i++) {
                if (m.start("p" + i) >= 0) {
                    return phrases.get(i);
                }
            }
            throw new IllegalStateException("a match of no phrase: " + m.group());
        }
    }

    private static void walk(Node node, java.util.function.Consumer<Text> visit) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Code || child instanceof FencedCodeBlock || child instanceof IndentedCodeBlock
                    || child instanceof HtmlBlock || child instanceof HtmlInline) {
                continue;
            }
            if (child instanceof Text text) {
                visit.accept(text);
            }
            walk(child, visit);
        }
    }

    private static List<String> allowed(Object value) {
        List<?> list = value instanceof List<?> l ? l : value == null ? List.of() : List.of(value);
        return list.stream().map(v -> String.valueOf(v).toLowerCase(Locale.ROOT)).toList();
    }
}
