package dev.evergreen.model;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.SourcePos;
import dev.evergreen.load.NavLink;
import dev.evergreen.load.SiteConfig;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the {@link Navigation}: each section's entries ordered by the explicit {@code order} list of its
 * index, else by front matter {@code weight} (weighted entries first, lightest first), then title. A page
 * that neither a section tree nor nav.yml reaches is an orphan, reported as a warning.
 */
final class NavigationBuilder {

    static final String WEIGHT = "weight";
    static final String ORDER = "order";

    private static final Comparator<Entry> READING_ORDER = Comparator
            .comparing((Entry e) -> e.weight().isEmpty())
            .thenComparing(e -> e.weight().orElse(0))
            .thenComparing(e -> e.node().title(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Entry::name);

    private final SiteConfig config;
    private final List<Finding> findings;
    private final Map<String, List<DocPage>> pagesByFolder = new TreeMap<>();
    private final Map<String, DocPage> indexByFolder = new TreeMap<>();

    NavigationBuilder(SiteConfig config, List<Finding> findings) {
        this.config = config;
        this.findings = findings;
    }

    /** One entry while ordering: its name in an {@code order} list, and its weight. */
    private record Entry(String name, Optional<Integer> weight, NavNode node) {
    }

    Navigation build(SectionFolders folders, List<DocPage> pages) {
        for (DocPage page : pages) {
            if (page.isIndex()) {
                indexByFolder.put(page.folder(), page);
            } else {
                pagesByFolder.computeIfAbsent(page.folder(), f -> new ArrayList<>()).add(page);
            }
        }
        List<Entry> roots = new ArrayList<>();
        for (String root : folders.roots()) {
            roots.add(section(root));
        }
        roots.sort(READING_ORDER);
        List<NavNode> sections = roots.stream().map(Entry::node).toList();
        List<TopLink> top = config.docs().nav().isEmpty()
                ? sections.stream().map(s -> new TopLink(s.title(), s.url(), 0)).toList()
                : config.docs().nav().stream().map(this::topLink).toList();
        reportOrphans(pages, sections, top);
        return new Navigation(sections, top);
    }

    private Entry section(String folder) {
        DocPage index = indexByFolder.get(folder);
        List<Entry> entries = new ArrayList<>();
        for (DocPage page : pagesByFolder.getOrDefault(folder, List.of())) {
            Item item = page.item();
            entries.add(new Entry(item.source().path().getFileName().toString(), weight(page),
                    new NavNode(item.title(), item.url(), false, List.of())));
        }
        for (String sub : subfolders(folder)) {
            entries.add(section(sub));
        }
        List<Entry> ordered = index == null ? sorted(entries) : ordered(index, entries);
        String name = folder.substring(folder.lastIndexOf('/') + 1);
        NavNode node = new NavNode(index == null ? name : index.item().title(), index == null ? null : index.item().url(),
                true, ordered.stream().map(Entry::node).toList());
        return new Entry(name + "/", index == null ? Optional.empty() : weight(index), node);
    }

    /** The folders directly inside {@code folder} that hold pages at any depth. */
    private Set<String> subfolders(String folder) {
        Set<String> subs = new TreeSet<>();
        Set<String> all = new TreeSet<>(pagesByFolder.keySet());
        all.addAll(indexByFolder.keySet());
        for (String other : all) {
            if (other.startsWith(folder + "/")) {
                int end = other.indexOf('/', folder.length() + 1);
                subs.add(end < 0 ? other : other.substring(0, end));
            }
        }
        return subs;
    }

    private static List<Entry> sorted(List<Entry> entries) {
        return entries.stream().sorted(READING_ORDER).toList();
    }

    /** The index's {@code order} list when it has one; entries it leaves out are left out of the tree. */
    private List<Entry> ordered(DocPage index, List<Entry> entries) {
        Object order = index.item().params().get(ORDER);
        if (order == null) {
            return sorted(entries);
        }
        SourcePos pos = SourcePos.of(index.item().source().path(), index.frontMatter().lineOf(ORDER, 1));
        if (!(order instanceof List<?> names)) {
            findings.add(ContentFinding.warning(pos, "order",
                    "'order' must be a list of file and folder names, e.g. [install.md, plugin/]; ignored"));
            return sorted(entries);
        }
        Map<String, Entry> byName = new LinkedHashMap<>();
        for (Entry entry : entries) {
            byName.put(entry.name(), entry);
            byName.put(entry.name().replaceAll("(\\.md|/)$", ""), entry);
        }
        List<Entry> result = new ArrayList<>();
        for (Object name : names) {
            Entry entry = byName.get(String.valueOf(name).strip());
            if (entry == null) {
                findings.add(ContentFinding.warning(pos, "order", "'order' names '" + name
                        + "', which is not a page or folder of this section; known: "
                        + entries.stream().map(Entry::name).sorted().toList()));
            } else if (!result.contains(entry)) {
                result.add(entry);
            }
        }
        return result;
    }

    private Optional<Integer> weight(DocPage page) {
        Object weight = page.item().params().get(WEIGHT);
        if (weight == null) {
            return Optional.empty();
        }
        if (weight instanceof Number n) {
            return Optional.of(n.intValue());
        }
        findings.add(ContentFinding.warning(
                SourcePos.of(page.item().source().path(), page.frontMatter().lineOf(WEIGHT, 1)), "weight",
                "'weight' must be a whole number such as 10, found '" + weight + "'; the page is ordered by title"));
        return Optional.empty();
    }

    private TopLink topLink(NavLink link) {
        if (link.external()) {
            return new TopLink(link.title(), link.url(), link.line());
        }
        String path = link.url().replaceAll("^/+", "");
        int cut = path.indexOf('#') >= 0 ? path.indexOf('#') : path.indexOf('?') >= 0 ? path.indexOf('?') : path.length();
        return new TopLink(link.title(), UrlPaths.encodePath(config.basePath() + path.substring(0, cut))
                + path.substring(cut), link.line());
    }

    private void reportOrphans(List<DocPage> pages, List<NavNode> sections, List<TopLink> top) {
        Set<String> reached = new HashSet<>();
        top.forEach(link -> reached.add(link.url()));
        for (DocPage page : pages) {
            String url = page.item().url();
            if (!reached.contains(url) && sections.stream().noneMatch(s -> s.leadsTo(url))) {
                findings.add(ContentFinding.warning(SourcePos.of(page.item().source().path(), 1), "orphan-page",
                        "no navigation reaches this page of the '" + SectionFolders.folderOf(page.item().source())
                                + "' section; add it to 'order' in the section's _index.md or link it from nav.yml"));
            }
        }
    }
}
