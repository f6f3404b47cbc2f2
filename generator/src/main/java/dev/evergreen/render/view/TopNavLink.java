package dev.evergreen.render.view;

/**
 * An entry of the top navigation.
 *
 * @param source the {@code data-eg-src} stamp ({@code nav.yml:<line>}) for an entry written in nav.yml, so
 *     the link check reports a broken one there; {@code null} for a link derived from a section
 */
public record TopNavLink(String title, String url, String source) {
}
