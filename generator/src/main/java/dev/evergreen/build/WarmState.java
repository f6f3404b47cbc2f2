package dev.evergreen.build;

import dev.evergreen.load.Asset;
import dev.evergreen.load.ContentLoader;
import dev.evergreen.load.LoadedContent;
import dev.evergreen.load.Source;
import dev.evergreen.model.Item;
import dev.evergreen.model.Site;
import dev.evergreen.parse.MarkdownParser;
import dev.evergreen.parse.ParsedPage;
import dev.evergreen.postprocess.ProcessedPage;
import dev.evergreen.render.RenderJob;
import dev.evergreen.render.SiteRenderer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * What one build leaves for the next in the same process: the loaded and parsed sources, the parser
 * and renderer (with FreeMarker's compiled templates), and for every published output its fingerprint
 * and the links and anchors the link check needs. A rebuild told which files changed re-reads and
 * re-parses only those, and renders only the outputs whose fingerprint moved.
 *
 * <p>Anything it cannot follow file by file (site.yml, layouts, added or deleted files, a file that no
 * longer decodes) makes the next build a full one. Owned by one {@link Session}; not thread-safe.
 */
final class WarmState {

    private static final byte[] NOT_KEPT = new byte[0];

    /** False for a one-shot build: nothing is kept for a next one, so each text is freed once parsed. */
    private final boolean keepsTexts;
    private LoadedContent content;
    /** A one-shot build's texts, handed to the parse stage in an array it empties as it goes. */
    private Source[] texts;
    private MarkdownParser parser;
    private SiteRenderer renderer;
    private LocalDate rendererDate;
    private Map<Path, ParsedPage> parsedBySource = Map.of();
    /** The published outputs, by output path; a stale entry can only cause an extra render. */
    private Map<Path, Published> published = Map.of();
    private final Map<Path, Published> pending = new ConcurrentHashMap<>();
    private long siteKey;
    private long pendingSiteKey;

    /** A cold state for a session: the next build is a full one, and what it reads is kept. */
    WarmState() {
        this(true);
    }

    private WarmState(boolean keepsTexts) {
        this.keepsTexts = keepsTexts;
    }

    /**
     * The state of a build with no next one (the CLI, a Maven goal): a 50,000-page site's texts would
     * otherwise stay in memory beside their HTML for the whole build.
     */
    static WarmState oneShot() {
        return new WarmState(false);
    }

    /** @param changed files that changed, relative to the content root; null when unknown (everything) */
    LoadedContent load(ContentLoader loader, Set<Path> changed) {
        Optional<LoadedContent> warm = changed == null ? Optional.empty() : reread(loader, changed);
        if (warm.isPresent()) {
            content = warm.get();
            return content;
        }
        LoadedContent loaded = loader.load();
        if (content == null || !content.config().equals(loaded.config())) {
            parsedBySource = Map.of();
        }
        content = loaded;
        parser = null;
        renderer = null;
        published = Map.of();
        if (!keepsTexts) {
            parser = MarkdownParser.forSite(loaded);
            texts = loaded.sources().toArray(Source[]::new);
            content = loaded.withoutTexts();
        }
        return content;
    }

    private Optional<LoadedContent> reread(ContentLoader loader, Set<Path> changed) {
        if (content == null) {
            return Optional.empty();
        }
        Map<Path, Source> sources = new HashMap<>();
        content.sources().forEach(s -> sources.put(s.path(), s));
        Set<Path> assets = new java.util.HashSet<>(content.assets().stream().map(Asset::path).toList());
        for (Path path : changed) {
            if (assets.contains(path) && Files.isRegularFile(content.root().resolve(path))) {
                continue;
            }
            if (!sources.containsKey(path)) {
                return Optional.empty();
            }
            Optional<Source> again = loader.reread(path);
            if (again.isEmpty()) {
                return Optional.empty();
            }
            sources.put(path, again.get());
        }
        List<Source> updated = content.sources().stream().map(s -> sources.get(s.path())).toList();
        return Optional.of(new LoadedContent(content.root(), content.config(), updated, content.assets(),
                content.findings()));
    }

    MarkdownParser parser() {
        if (parser == null) {
            parser = MarkdownParser.forSite(content);
        }
        return parser;
    }

    /** @param linksVerifiedOn printed on every page: a new day means a new renderer and every page again */
    SiteRenderer renderer(LocalDate linksVerifiedOn) {
        if (renderer == null || !Objects.equals(rendererDate, linksVerifiedOn)) {
            renderer = new SiteRenderer(content.config(), content.root(), linksVerifiedOn);
            rendererDate = linksVerifiedOn;
            published = Map.of();
        }
        return renderer;
    }

    /** Parses the sources whose text changed since the last parse; reuses the rest. */
    List<ParsedPage> parse() {
        if (!keepsTexts) {
            Source[] handed = texts;
            texts = null;
            return IntStream.range(0, handed.length).parallel().mapToObj(i -> {
                Source source = handed[i];
                handed[i] = null;
                return parser.parse(source).withoutText();
            }).toList();
        }
        Map<Path, ParsedPage> previous = parsedBySource;
        List<ParsedPage> parsed = content.sources().parallelStream().map(source -> {
            ParsedPage before = previous.get(source.path());
            return before != null && before.source().text().equals(source.text()) ? before : parser().parse(source);
        }).toList();
        Map<Path, ParsedPage> bySource = new HashMap<>();
        parsed.forEach(p -> bySource.put(p.source().path(), p));
        parsedBySource = bySource;
        return parsed;
    }

    /**
     * Forgets the parses that included {@code file} (a file outside the content, named by a code block),
     * so that the next parse reads them again.
     *
     * @return the content-relative paths of the sources that included it; empty when none did
     */
    Set<Path> forgetIncluding(Path file) {
        Map<Path, ParsedPage> kept = new HashMap<>(parsedBySource);
        Set<Path> including = new java.util.TreeSet<>();
        parsedBySource.forEach((path, page) -> {
            if (page.includes().contains(file)) {
                including.add(path);
                kept.remove(path);
            }
        });
        parsedBySource = kept;
        return including;
    }

    /** The files outside the content that the last parse's pages include: a dev server watches them too. */
    Set<Path> includedFiles() {
        Set<Path> files = new java.util.TreeSet<>();
        parsedBySource.values().forEach(page -> files.addAll(page.includes()));
        return files;
    }

    /**
     * Starts the render of a new model. Outputs are reused only when every page would resolve links
     * the same way: same permalink for every source, same assets, and the output still on disk.
     */
    void startRender(Site site, Path output) {
        pending.clear();
        Fold key = new Fold();
        for (Item item : site.items()) {
            key.add(item.source().slashPath()).add(item.url());
        }
        for (Asset asset : site.assets()) {
            key.add(asset.slashPath());
        }
        pendingSiteKey = key.value;
        if (pendingSiteKey != siteKey || !Files.isDirectory(output)) {
            published = Map.of();
        }
    }

    /** The links and anchors of an output published with the same fingerprint, if there is one. */
    Optional<ProcessedPage> unchanged(RenderJob job) {
        Published before = published.get(job.outputPath());
        if (before == null || before.fingerprint() != job.fingerprint()) {
            return Optional.empty();
        }
        pending.put(job.outputPath(), before);
        return Optional.of(before.page());
    }

    void rendered(RenderJob job, ProcessedPage page) {
        pending.put(job.outputPath(), new Published(job.fingerprint(),
                new ProcessedPage(page.url(), page.outputPath(), NOT_KEPT, page.links(), page.anchors())));
    }

    /** The render was published: its outputs are what the next rebuild compares with. */
    void publishedRender() {
        published = Map.copyOf(pending);
        siteKey = pendingSiteKey;
        pending.clear();
    }

    private record Published(long fingerprint, ProcessedPage page) {
    }

    private static final class Fold {
        private long value = 17;

        Fold add(String part) {
            value = value * 1_000_003L + part.hashCode();
            return this;
        }
    }
}
