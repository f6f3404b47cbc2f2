package dev.evergreen.parse;

/**
 * A heading of the body, for the table of contents and anchor checks.
 *
 * @param level 1 to 6
 * @param id the GitHub-compatible id rendered on the heading (unique within the page)
 * @param text the heading's plain text
 * @param line the 1-based line in the source file
 */
public record Heading(int level, String id, String text, int line) {
}
