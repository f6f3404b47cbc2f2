package dev.evergreen.model;

import dev.evergreen.load.Source;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which folders are documentation sections. A folder with an {@code _index.md} or {@code index.md} page is
 * a section; the folders inside it are its sub-sections, with or without an index of their own. The
 * content root itself is never a section: its index is the home page's business.
 */
final class SectionFolders {

    /** Top-level section folders, slash-separated, sorted. */
    private final List<String> roots;

    private SectionFolders(List<String> roots) {
        this.roots = List.copyOf(roots);
    }

    /** @param pageSources the sources of every page (kind {@code page}), published or not */
    static SectionFolders of(Collection<Source> pageSources) {
        TreeSet<String> indexed = new TreeSet<>();
        for (Source source : pageSources) {
            String folder = folderOf(source);
            if (isIndex(source) && !folder.isEmpty()) {
                indexed.add(folder);
            }
        }
        // Sorted, so a folder comes before everything inside it.
        List<String> roots = new java.util.ArrayList<>();
        for (String folder : indexed) {
            if (roots.stream().noneMatch(root -> inside(folder, root))) {
                roots.add(folder);
            }
        }
        return new SectionFolders(roots);
    }

    List<String> roots() {
        return roots;
    }

    /** The top-level section a source belongs to, if any. */
    Optional<String> rootOf(Source source) {
        String folder = folderOf(source);
        return roots.stream().filter(root -> inside(folder, root)).findFirst();
    }

    static boolean isIndex(Source source) {
        String base = source.baseName();
        return base.equals("index") || base.equals("_index");
    }

    /** The source's folder relative to the content root, slash-separated; {@code ""} at the root. */
    static String folderOf(Source source) {
        String path = source.slashPath();
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** Whether {@code folder} is {@code root} or below it. */
    static boolean inside(String folder, String root) {
        return folder.equals(root) || folder.startsWith(root + "/");
    }
}
