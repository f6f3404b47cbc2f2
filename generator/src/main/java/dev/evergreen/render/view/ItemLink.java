package dev.evergreen.render.view;

/** A link to another item: previous/next navigation. */
public record ItemLink(String title, String url) {
}
