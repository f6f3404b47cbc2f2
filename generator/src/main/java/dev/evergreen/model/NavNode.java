package dev.evergreen.model;

import java.util.List;

/**
 * One entry of a documentation section's tree: a page, or a section with entries of its own.
 *
 * @param url the page's URL, or the section's index page; {@code null} for a sub-section without an index
 * @param section whether it is a section (a folder) rather than a page
 * @param children a section's entries in reading order; empty for a page
 */
public record NavNode(String title, String url, boolean section, List<NavNode> children) {

    public NavNode {
        children = List.copyOf(children);
    }

    /** Whether {@code url} is this entry or anywhere below it: a sidebar opens the sections on the way. */
    public boolean leadsTo(String target) {
        return target.equals(url) || children.stream().anyMatch(c -> c.leadsTo(target));
    }
}
