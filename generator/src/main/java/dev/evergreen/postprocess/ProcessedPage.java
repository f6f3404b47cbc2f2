package dev.evergreen.postprocess;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A page ready to write, with what the link check needs from it, so that nothing parses it again.
 *
 * @param url the root-relative URL the page is served at
 * @param outputPath the file path relative to the output directory
 * @param bytes the final UTF-8 content, stamps removed
 * @param links every reference the page makes, in document order
 * @param anchors every fragment the page answers to: element ids and {@code <a name>}
 */
public record ProcessedPage(String url, Path outputPath, byte[] bytes, List<PageLink> links, Set<String> anchors) {

    public ProcessedPage {
        links = List.copyOf(links);
        anchors = Set.copyOf(anchors);
    }
}
