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
import java.util.Set;
import java.util.stream.Stream;

/**
 * The load stage: walks the content directory. {@code *.md} files are content, every other file is an
 * asset copied at its relative path. Names starting with {@code _} or {@code .} are skipped unless
 * {@code include} names them; {@code site.yml} and the {@code layouts/} overrides are configuration,
 * not content. Listings are sorted so that every later stage sees the same order on every machine.
 */
public final class ContentLoader {

    /** Folders and files at the root that configure the site rather than being part of it. */
    private static final Set<String> RESERVED_AT_ROOT = Set.of(SiteConfigReader.FILE_NAME, "layouts");

    private final Path root;
    private final Collection<Path> excluded;

    /**
     * @param root the content directory
     * @param excluded absolute directories never read even when inside the root (the output and report
     *     directories, when a user puts them there)
     */
    public ContentLoader(Path root, Collection<Path> excluded) {
        this.root = root.toAbsolutePath().normalize();
        this.excluded = excluded.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    public LoadedContent load() {
        if (!Files.isDirectory(root)) {
            throw new ConfigException(root, 0, "the content directory does not exist; pass --source DIR");
        }
        SiteConfig config = new SiteConfigReader(root).read();
        List<Path> files = walk(config);
        SourceDecoder decoder = new SourceDecoder();
        List<Source> sources = new ArrayList<>();
        List<Asset> assets = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Path realRoot = realRoot();
        for (Path file : files) {
            Path relative = root.relativize(file);
            if (escapesRoot(file, realRoot)) {
                findings.add(ContentFinding.error(SourcePos.wholeFile(relative), "outside-root",
                        "this symbolic link points outside the content directory; copy the file in instead"));
            } else if (relative.getFileName().toString().endsWith(".md")) {
                decoder.decode(relative, file, findings).ifPresent(sources::add);
            } else {
                assets.add(new Asset(relative, file));
            }
        }
        return new LoadedContent(root, config, sources, assets, findings);
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

    private List<Path> walk(SiteConfig config) {
        Set<String> include = Set.copyOf(config.include());
        try (Stream<Path> paths = Files.walk(root, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return paths
                    .filter(p -> !p.equals(root))
                    .filter(p -> isContent(root.relativize(p), include))
                    .filter(p -> excluded.stream().noneMatch(p::startsWith))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ConfigException(root, 0, "cannot read the content directory: " + e.getMessage(), e);
        }
    }

    private static boolean isContent(Path relative, Set<String> include) {
        if (relative.getNameCount() >= 1 && RESERVED_AT_ROOT.contains(relative.getName(0).toString())) {
            return false;
        }
        for (Path part : relative) {
            String name = part.toString();
            if ((name.startsWith("_") || name.startsWith(".")) && !include.contains(name)) {
                return false;
            }
        }
        return true;
    }

    private Path realRoot() {
        try {
            return root.toRealPath();
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
