package dev.evergreen.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the build produced, as the internal check sees it: every output path and, for HTML pages, the
 * fragments each answers to. Built while pages are written, so no file is read back.
 */
public final class SiteIndex {

    private final Set<String> files = new HashSet<>();
    private final Map<String, Set<String>> anchorsByPage = new HashMap<>();

    /** @param outputPath the path relative to the output directory, forward slashes, not encoded */
    public synchronized void addFile(String outputPath) {
        files.add(outputPath);
    }

    public synchronized void addPage(String outputPath, Set<String> anchors) {
        files.add(outputPath);
        anchorsByPage.put(outputPath, anchors);
    }

    synchronized boolean hasFile(String outputPath) {
        return files.contains(outputPath);
    }

    synchronized boolean isPage(String outputPath) {
        return anchorsByPage.containsKey(outputPath);
    }

    synchronized boolean hasAnchor(String outputPath, String fragment) {
        Set<String> anchors = anchorsByPage.get(outputPath);
        return anchors != null && anchors.contains(fragment);
    }

    synchronized int size() {
        return files.size();
    }
}
