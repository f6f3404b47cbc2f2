package dev.evergreen.model;

/**
 * An old URL of an item, from its front matter {@code aliases} (or Jekyll's {@code redirect_from}):
 * readers arriving there are sent to the item.
 *
 * @param url root-relative including the base path and percent-encoded, like {@link Item#url()};
 *     a folder URL ends in {@code /}
 * @param line the 1-based line of the item's source that lists it
 */
public record Alias(String url, int line) {
}
