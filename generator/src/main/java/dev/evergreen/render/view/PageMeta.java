package dev.evergreen.render.view;

/**
 * What the {@code <head>} of a page needs.
 *
 * @param title the document title, already including the site title where it belongs
 * @param url root-relative
 * @param canonicalUrl absolute
 * @param lang the page's BCP 47 language: the item's, else the site's
 */
public record PageMeta(String title, String description, String url, String canonicalUrl, String lang) {
}
