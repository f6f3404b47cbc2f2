package dev.evergreen.model;

import dev.evergreen.parse.TextStats;

/**
 * Minutes to read a body. Readers take in about 230 English words or 400 Chinese characters a minute,
 * so mixed text is timed by adding the two.
 */
final class ReadingTime {

    static final int WORDS_PER_MINUTE = 230;
    static final int CJK_CHARS_PER_MINUTE = 400;

    private ReadingTime() {
    }

    static int minutes(TextStats stats) {
        double minutes = (double) stats.words() / WORDS_PER_MINUTE + (double) stats.cjkChars() / CJK_CHARS_PER_MINUTE;
        return Math.max(1, (int) Math.ceil(minutes));
    }
}
