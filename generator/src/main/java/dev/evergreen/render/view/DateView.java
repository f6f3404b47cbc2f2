package dev.evergreen.render.view;

/**
 * A date ready to print.
 *
 * @param iso RFC 3339, for {@code <time datetime>}
 * @param text the date in the site's language, e.g. {@code May 1, 2024} or {@code 2024年5月1日}
 */
public record DateView(String iso, String text, int year) {
}
