package dev.evergreen.load;

import dev.evergreen.finding.ConfigException;
import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.SourcePos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The load stage: walks the content directory. {@code *.md} files are content, every other file is an
 * asset copied at its relative path. Names starting with {@code _} or {@code .} are skipped unless
 * {@code include} names them, except a section's {@code _index.md}; {@code site.yml}, {@code nav.yml} and the
 * {@code layouts/} overrides are configuration,
 * not content. Files under {@code static/} are published at the site's root ({@code static/favicon.svg} →
 * {@code /favicon.svg}), where they replace a theme's static file of the same path. A Hexo blog
 * ({@code _config.yml} and {@code source/_posts}) is read from its {@code source/} folder instead, the way
 * Hexo reads it (see {@link HexoLayout}). Listings are sorted so that every later stage sees the same
 * order on every machine.
 */
public final class ContentLoader {

    /** The ledger of published URLs, kept at the content root with the content it describes. */
    public static final String LEDGER_FILE = "published-urls.txt";

    private final Path root;
    private final Collection<Path> excluded;
    private final ConfigOverrides overrides;

    /**
     * @param root the content directory
     * @param excluded absolute directories never read even when inside the root (the output and report
     *     directories, when a user puts them there)
     */
    public ContentLoader(Path root, Collection<Path> excluded) {
        this(root, excluded, ConfigOverrides.NONE);
    }

    /** @param overrides what the build says over the site's configuration */
    public ContentLoader(Path root, Collection<Path> excluded, ConfigOverrides overrides) {
        this.root = root.toAbsolutePath().normalize();
        this.excluded = excluded.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.overrides = overrides;
    }

    public LoadedContent load() {
        if (!Files.isDirectory(root)) {
            throw new ConfigException(root, 0, "the content directory does not exist; pass --source DIR");
        }
        ContentLayout layout = ContentLayout.of(root);
        Path contentRoot = layout.contentRoot().toAbsolutePath().normalize();
        List<Path> files = walk(layout, contentRoot);
        SourceDecoder decoder = new SourceDecoder();
        List<Source> sources = new ArrayList<>();
        List<Asset> assets = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Path realRoot = realRoot(contentRoot);
        findings.addAll(CaseCollisions.find(files.stream().map(contentRoot::relativize).toList()));
        for (Path file : files) {
            Path relative = contentRoot.relativize(file);
            if (escapesRoot(file, realRoot)) {
                findings.add(ContentFinding.error(SourcePos.wholeFile(relative), "outside-root",
                        "this symbolic link points outside the content directory; copy the file in instead"));
            } else if (layout.isMarkdown(relative)) {
                decoder.decode(relative, file, findings).ifPresent(sources::add);
            } else {
                assets.add(new Asset(layout.publishedPath(relative), file));
            }
        }
        return new LoadedContent(contentRoot, overrides.applyTo(layout.config()), sources, assets, findings);
    }

    /**
     * Reads one Markdown file again, decoded as {@link #load()} decodes it, for a warm rebuild; empty
     * when it cannot be read as content ({@link #load()} then reports why).
     *
     * @param relative the path relative to the content root
     */
    public Optional<Source> reread(Path relative) {
        List<Finding> problems = new ArrayList<>();
        Optional<Source> source = new SourceDecoder().decode(relative, root.resolve(relative), problems);
        return problems.isEmpty() ? source : Optional.empty();
    }

    private List<Path> walk(ContentLayout layout, Path contentRoot) {
        try (Stream<Path> paths = Files.walk(contentRoot, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return paths
                    .filter(p -> !p.equals(contentRoot))
                    .filter(p -> excluded.stream().noneMatch(p::startsWith))
                    .filter(Files::isRegularFile)
                    .filter(p -> layout.isContent(contentRoot.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ConfigException(root, 0, "cannot read the content directory: " + e.getMessage(), e);
        }
    }

    private Path realRoot(Path contentRoot) {
        try {
            return contentRoot.toRealPath();
        } catch (IOException e) {
            throw new ConfigException(root, 0, "cannot resolve the content directory: " + e.getMessage(), e);
        }
    }

    private static boolean escapesRoot(Path file, Path realRoot) {
        try {
            return !file.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return true;
        }
    }
}
