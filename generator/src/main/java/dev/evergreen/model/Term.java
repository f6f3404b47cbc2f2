package dev.evergreen.model;

/**
 * A tag or category as it appears on an item: its display name, its slug and its page's URL.
 */
public record Term(String name, String slug, String url) {
}
