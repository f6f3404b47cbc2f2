package dev.evergreen.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documentation sections of a site, built once by the model: each top-level section's tree, the
 * reading order inside it (a section's index, then its entries, depth first) and the top navigation.
 * Lookups are by page URL.
 */
public final class Navigation {

    private final List<NavNode> sections;
    private final List<TopLink> top;
    private final Map<String, NavNode> sectionByUrl = new HashMap<>();
    private final Map<String, List<NavNode>> trailByUrl = new HashMap<>();
    private final Map<NavNode, List<NavNode>> orderBySection = new IdentityHashMap<>();
    private final Map<String, Integer> positionByUrl = new HashMap<>();

    Navigation(List<NavNode> sections, List<TopLink> top) {
        this.sections = List.copyOf(sections);
        this.top = List.copyOf(top);
        for (NavNode section : sections) {
            List<NavNode> order = new ArrayList<>();
            index(section, section, new ArrayList<>(), order);
            orderBySection.put(section, List.copyOf(order));
        }
    }

    /** A site without documentation sections. */
    public static Navigation empty() {
        return new Navigation(List.of(), List.of());
    }

    private void index(NavNode node, NavNode root, List<NavNode> ancestors, List<NavNode> order) {
        if (node.url() != null) {
            sectionByUrl.putIfAbsent(node.url(), root);
            trailByUrl.putIfAbsent(node.url(), List.copyOf(ancestors));
            positionByUrl.putIfAbsent(node.url(), order.size());
            order.add(node);
        }
        if (node.section()) {
            ancestors.add(node);
            node.children().forEach(child -> index(child, root, ancestors, order));
            ancestors.remove(ancestors.size() - 1);
        }
    }

    /** The top-level documentation sections, in order. */
    public List<NavNode> sections() {
        return sections;
    }

    /** The site's top navigation. */
    public List<TopLink> top() {
        return top;
    }

    /** The top-level section whose tree holds the page, if any. */
    public Optional<NavNode> sectionOf(String url) {
        return Optional.ofNullable(sectionByUrl.get(url));
    }

    /** The sections above the page, outermost first; a section's index page has the sections above it. */
    public List<NavNode> breadcrumbs(String url) {
        return trailByUrl.getOrDefault(url, List.of());
    }

    /** The page read before this one in its section, if any. */
    public Optional<NavNode> previous(String url) {
        return neighbour(url, -1);
    }

    /** The page read after this one in its section, if any. */
    public Optional<NavNode> next(String url) {
        return neighbour(url, 1);
    }

    private Optional<NavNode> neighbour(String url, int offset) {
        NavNode section = sectionByUrl.get(url);
        if (section == null) {
            return Optional.empty();
        }
        List<NavNode> order = orderBySection.get(section);
        int other = positionByUrl.get(url) + offset;
        return other < 0 || other >= order.size() ? Optional.empty() : Optional.of(order.get(other));
    }
}
