package dev.evergreen.render.view;

import java.util.List;

/**
 * What a page of a documentation section adds to an item page.
 *
 * @param section the top-level section's tree, the sidebar
 * @param breadcrumbs the sections above the page, outermost first (a link's url is {@code null} for a
 *     section without an index page)
 * @param previous the page before this one in reading order, or {@code null}
 * @param next the page after this one in reading order, or {@code null}
 * @param editUrl "Edit this page" in the repository, or {@code null} when site.yml names no repository
 */
public record DocView(NavEntry section, List<ItemLink> breadcrumbs, ItemLink previous, ItemLink next,
                      String editUrl) {
}
