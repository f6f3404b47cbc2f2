package dev.evergreen.postprocess;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each link URL, anchor and source path the post-process collects, shared by every page
 * that has it. The link check keeps all of them until the end of the build: on a 10,000-page site that is
 * over 500,000 links, most of them the few thousand URLs that every page's navigation, tag lists and
 * pagination repeat, and each parse of a page made them new strings again (about 40 MB of the heap that
 * stays live to the end). Thread-safe: pages are post-processed in parallel.
 */
final class SharedValues {

    private final Map<String, String> texts = new ConcurrentHashMap<>();
    private final Map<String, Path> paths = new ConcurrentHashMap<>();

    /** The instance of this URL or anchor kept for the link check. */
    String text(String value) {
        String kept = texts.putIfAbsent(value, value);
        return kept != null ? kept : value;
    }

    /** The path of a source file or template, named as in a stamp. */
    Path path(String name) {
        return paths.computeIfAbsent(name, Path::of);
    }
}
