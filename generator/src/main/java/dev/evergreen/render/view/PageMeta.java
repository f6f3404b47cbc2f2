package dev.evergreen.render.view;

/**
 * What the {@code <head>} of a page needs.
 *
 * @param title the document title, already including the site title where it belongs
 * @param url root-relative
 * @param canonicalUrl absolute
 * @param lang the page's BCP 47 language: the item's, else the site's
 * @param type the OpenGraph type: {@code article} for an item with a date, else {@code website}
 * @param jsonLd the schema.org description as JSON already escaped for a {@code <script>} element (write it
 *     with {@code ?no_esc}), or {@code ""}
 */
public record PageMeta(String title, String description, String url, String canonicalUrl, String lang,
                       String type, String jsonLd) {
}
