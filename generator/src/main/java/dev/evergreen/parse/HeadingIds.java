package dev.evergreen.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * GitHub's heading ids (the github-slugger rules), so anchors copied from a GitHub or IDE preview work:
 * lower-cased; letters, marks, digits, {@code _} and {@code -} kept in any script; every space becomes a
 * hyphen (runs are not collapsed); everything else dropped; repeats get {@code -1}, {@code -2}... One
 * instance per page. flexmark's own generator turns {@code _} into {@code -}, so it cannot be used.
 */
final class HeadingIds {

    /** The id of a heading with no letters or digits at all (an emoji), where GitHub's would be empty. */
    private static final String EMPTY_SLUG = "section";

    private final Map<String, Integer> taken = new HashMap<>();

    String next(String headingText) {
        String base = slug(headingText);
        String id = base;
        while (taken.containsKey(id)) {
            int repeat = taken.merge(base, 1, Integer::sum);
            id = base + "-" + repeat;
        }
        taken.put(id, 0);
        return id;
    }

    static String slug(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> {
            if (cp == ' ') {
                slug.append('-');
            } else if (cp == '-' || isWordChar(cp)) {
                slug.appendCodePoint(cp);
            }
        });
        return slug.length() == 0 ? EMPTY_SLUG : slug.toString();
    }

    private static boolean isWordChar(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                    Character.CONNECTOR_PUNCTUATION -> true;
            default -> false;
        };
    }
}
