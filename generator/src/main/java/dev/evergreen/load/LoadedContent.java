package dev.evergreen.load;

import dev.evergreen.finding.Finding;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything read from the content directory, sorted by path.
 *
 * @param root the content directory, absolute
 * @param sources the Markdown files
 * @param assets every other file, copied as is
 * @param findings files that could not be read as content (invalid UTF-8, links leaving the root)
 */
public record LoadedContent(Path root, SiteConfig config, List<Source> sources, List<Asset> assets,
                            List<Finding> findings) {

    public LoadedContent {
        sources = List.copyOf(sources);
        assets = List.copyOf(assets);
        findings = List.copyOf(findings);
    }

    /** The same content with every source's text dropped (see {@link Source#withoutText()}). */
    public LoadedContent withoutTexts() {
        return new LoadedContent(root, config, sources.stream().map(Source::withoutText).toList(), assets, findings);
    }
}
