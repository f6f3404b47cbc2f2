package dev.evergreen.model;

/**
 * An entry of the top navigation: from nav.yml, else one per top-level documentation section.
 *
 * @param url root-relative with the base path, or absolute for a link leaving the site
 */
public record TopLink(String title, String url) {
}
