package dev.evergreen.model;

/**
 * An entry of the top navigation: from nav.yml, else one per top-level documentation section.
 *
 * @param url root-relative with the base path, or absolute for a link leaving the site
 * @param line its line in nav.yml, so a broken entry is reported there; 0 for a link derived from a section
 */
public record TopLink(String title, String url, int line) {
}
