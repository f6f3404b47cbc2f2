package dev.evergreen.render.view;

/**
 * A channel's own listing as templates see it.
 *
 * @param url the channel's listing, root-relative
 * @param feedUrl its Atom feed; {@code null} when the channel has none
 */
public record ChannelView(String name, String title, String url, String feedUrl) {
}
