package dev.evergreen.parse;

/**
 * Counts of the readable text of a body, for reading time: Latin-script words and CJK characters are
 * read at different speeds, so they are counted apart.
 */
public record TextStats(int words, int cjkChars) {
}
