package dev.evergreen.render.view;

import java.util.List;

/**
 * One entry of a documentation sidebar, as seen from the page being rendered.
 *
 * @param url {@code null} for a sub-section without an index page
 * @param section whether it is a section, whose {@code children} a sidebar may fold
 * @param current whether it is the page being rendered
 * @param open whether the page being rendered is this entry or inside it: its section starts unfolded
 */
public record NavEntry(String title, String url, boolean section, boolean current, boolean open,
                       List<NavEntry> children) {
}
