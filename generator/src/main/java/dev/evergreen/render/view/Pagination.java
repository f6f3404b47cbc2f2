package dev.evergreen.render.view;

/**
 * Where a list page sits among its siblings, numbered from 1.
 *
 * @param previousUrl the page before (newer items), or {@code null} on the first page
 * @param nextUrl the page after (older items), or {@code null} on the last page
 */
public record Pagination(int current, int total, String previousUrl, String nextUrl) {
}
