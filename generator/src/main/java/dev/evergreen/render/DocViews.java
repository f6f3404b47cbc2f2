package dev.evergreen.render;

import dev.evergreen.load.DocsSettings;
import dev.evergreen.load.NavLink;
import dev.evergreen.model.Item;
import dev.evergreen.model.NavNode;
import dev.evergreen.model.Navigation;
import dev.evergreen.model.TopLink;
import dev.evergreen.render.view.DocView;
import dev.evergreen.render.view.ItemLink;
import dev.evergreen.render.view.NavEntry;
import dev.evergreen.render.view.TopNavLink;

import java.util.List;

/** The documentation part of an item page: sidebar, breadcrumbs, reading order, edit link. */
final class DocViews {

    private final Navigation navigation;
    private final DocsSettings settings;

    DocViews(Navigation navigation, DocsSettings settings) {
        this.navigation = navigation;
        this.settings = settings;
    }

    /** The site's top navigation. */
    List<TopNavLink> top() {
        return navigation.top().stream().map(DocViews::link).toList();
    }

    /** The documentation view of an item, or {@code null} for an item outside every section. */
    DocView of(Item item) {
        String url = item.url();
        return navigation.sectionOf(url)
                .map(section -> new DocView(entry(section, url),
                        navigation.breadcrumbs(url).stream().map(DocViews::link).toList(),
                        navigation.previous(url).map(DocViews::link).orElse(null),
                        navigation.next(url).map(DocViews::link).orElse(null),
                        settings.editUrl(item.source().file()).orElse(null)))
                .orElse(null);
    }

    private static NavEntry entry(NavNode node, String currentUrl) {
        return new NavEntry(node.title(), node.url(), node.section(), currentUrl.equals(node.url()),
                node.leadsTo(currentUrl), node.children().stream().map(c -> entry(c, currentUrl)).toList());
    }

    private static ItemLink link(NavNode node) {
        return new ItemLink(node.title(), node.url());
    }

    private static TopNavLink link(TopLink link) {
        return new TopNavLink(link.title(), link.url(), link.line() > 0 ? NavLink.FILE + ":" + link.line() : null);
    }
}
