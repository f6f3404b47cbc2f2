package dev.evergreen.render.view;

/** A titled link: previous/next, breadcrumbs, the top navigation. */
public record ItemLink(String title, String url) {
}
