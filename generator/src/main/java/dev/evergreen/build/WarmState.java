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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * What one build leaves for the next in the same process: the loaded and parsed sources, the parser
 * and renderer (with FreeMarker's compiled templates), and for every published output its fingerprint
 * and the links and anchors the link check needs. A rebuild told which files changed re-reads and
 * re-parses only those, and renders only the outputs whose fingerprint moved.
 *
 * <p>An edited template (under {@code layouts/} or a theme folder) brings a new renderer, and the
 * outputs whose templates changed render again: each fingerprint holds its templates' digests. Anything
 * else it cannot follow file by file (site.yml, added or deleted files, a file that no longer decodes)
 * makes the next build a full one. A one-shot build's state starts from, and leaves, a {@link BuildCache}
 * and a {@link ParseCache} on disk instead. Owned by one {@link Session} or {@link Build}; not thread-safe.
 */
final class WarmState {

    private static final Logger LOG = LoggerFactory.getLogger(WarmState.class);

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
    private Map<Path, PublishedOutput> published = Map.of();
    private final Map<Path, PublishedOutput> pending = new ConcurrentHashMap<>();
    private long siteKey;
    /** Each source's URL in the last published render, and in the one under way. */
    private Map<Path, String> publishedUrls = Map.of();
    private Map<Path, String> pendingUrls = Map.of();
    private long pendingSiteKey;
    /** Where a build finds what the last one published; a session reads it for its first build only. */
    private final BuildCache diskCache;
    /** Where a build finds the last one's parses; a session reads it for its first parse only. */
    private final ParseCache parseCache;
    /** Whether this session left its first build in the disk cache: later ones are kept in memory. */
    private boolean savedToDisk;
    private Path output;
    private final Set<Path> rendered = ConcurrentHashMap.newKeySet();
    /** Outputs rendered and published before their build's render started: they count as its own. */
    private final Set<Path> renderedAhead = new HashSet<>();

    /**
     * A cold state for a session: what it reads is kept for the next build. Its first build starts from the
     * caches on disk and leaves them there; later ones compare with what is in memory.
     *
     * @param diskCache null for none
     * @param parseCache null for none
     */
    static WarmState session(BuildCache diskCache, ParseCache parseCache) {
        return new WarmState(true, diskCache, parseCache);
    }

    private WarmState(boolean keepsTexts, BuildCache diskCache, ParseCache parseCache) {
        this.keepsTexts = keepsTexts;
        this.diskCache = diskCache;
        this.parseCache = parseCache;
    }

    /**
     * The state of a build with no next one (the CLI, a Maven goal): a 50,000-page site's texts would
     * otherwise stay in memory beside their HTML for the whole build.
     *
     * @param diskCache what the last build published, and where this one leaves what it published; null for none
     * @param parseCache the last build's parses, and where this one leaves its own; null for none
     */
    static WarmState oneShot(BuildCache diskCache, ParseCache parseCache) {
        return new WarmState(false, diskCache, parseCache);
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
        Set<Path> assets = new HashSet<>(content.assets().stream().map(Asset::path).toList());
        for (Path path : changed) {
            if (SiteRenderer.isTemplateFile(content.config(), content.root(), path)) {
                // Fingerprints hold the digests of the templates each output uses: the outputs stay comparable.
                renderer = null;
                continue;
            }
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

    /**
     * @param linksVerifiedOn printed on every page: a new day means a new renderer and every page again;
     *     new templates mean a new renderer too, but the fingerprints tell which pages they change
     */
    SiteRenderer renderer(LocalDate linksVerifiedOn) {
        if (renderer == null || !Objects.equals(rendererDate, linksVerifiedOn)) {
            if (!Objects.equals(rendererDate, linksVerifiedOn)) {
                published = Map.of();
            }
            renderer = new SiteRenderer(content.config(), content.root(), linksVerifiedOn);
            rendererDate = linksVerifiedOn;
        }
        return renderer;
    }

    /** Parses the sources whose text changed since the last parse; reuses the rest. */
    List<ParsedPage> parse() {
        if (!keepsTexts) {
            Source[] handed = texts;
            texts = null;
            if (parseCache == null) {
                return parseEach(handed, parser::parse);
            }
            try (ParseCache.Pass pass = parseCache.start(parser)) {
                List<ParsedPage> parsed = parseEach(handed, pass::parse);
                pass.commit();
                return parsed;
            }
        }
        Map<Path, ParsedPage> previous = parsedBySource;
        List<ParsedPage> parsed;
        if (previous.isEmpty() && parseCache != null) {
            try (ParseCache.Pass pass = parseCache.start(parser())) {
                // A cached parse comes without its text; the session keeps texts to see what the next edit changed.
                parsed = content.sources().parallelStream().map(source -> pass.parse(source).withSource(source))
                        .toList();
                pass.commit();
            }
        } else {
            parsed = content.sources().parallelStream().map(source -> {
                ParsedPage before = previous.get(source.path());
                return before != null && before.source().text().equals(source.text()) ? before : parser().parse(source);
            }).toList();
        }
        Map<Path, ParsedPage> bySource = new HashMap<>();
        parsed.forEach(p -> bySource.put(p.source().path(), p));
        parsedBySource = bySource;
        return parsed;
    }

    /** Parses every source, freeing each text once it is parsed. */
    private static List<ParsedPage> parseEach(Source[] handed, Function<Source, ParsedPage> parse) {
        return IntStream.range(0, handed.length).parallel().mapToObj(i -> {
            Source source = handed[i];
            handed[i] = null;
            return parse.apply(source).withoutText();
        }).toList();
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
        rendered.clear();
        rendered.addAll(renderedAhead);
        renderedAhead.clear();
        this.output = output;
        Fold key = new Fold();
        Map<Path, String> urls = new HashMap<>();
        for (Item item : site.items()) {
            key.add(item.source().slashPath()).add(item.url());
            urls.put(item.source().path(), item.url());
        }
        pendingUrls = urls;
        for (Asset asset : site.assets()) {
            key.add(asset.slashPath());
        }
        pendingSiteKey = key.value;
        if (diskCache != null && (!keepsTexts || published.isEmpty())) {
            published = diskCache.load(site, pendingSiteKey);
        } else if (pendingSiteKey != siteKey || !Files.isDirectory(output)) {
            published = Map.of();
        }
    }

    /**
     * The links and anchors of an output published with the same fingerprint, if there is one and its
     * file is as it was published.
     */
    Optional<ProcessedPage> unchanged(RenderJob job) {
        PublishedOutput before = published.get(job.outputPath());
        if (before == null || before.fingerprint() != job.fingerprint()
                || !BuildCache.untouched(output.resolve(job.outputPath()), before)) {
            return Optional.empty();
        }
        pending.put(job.outputPath(), before);
        return Optional.of(before.page());
    }

    void rendered(RenderJob job, ProcessedPage page) {
        rendered.add(job.outputPath());
        pending.put(job.outputPath(), published(job, page));
    }

    /**
     * An output published ahead of its build (an edited page in a session): the build's render finds it
     * published with its fingerprint and keeps it, rather than rendering it a second time.
     */
    void publishedAhead(RenderJob job, ProcessedPage page) {
        Map<Path, PublishedOutput> updated = new HashMap<>(published);
        updated.put(job.outputPath(), published(job, page));
        published = updated;
        renderedAhead.add(job.outputPath());
    }

    private static PublishedOutput published(RenderJob job, ProcessedPage page) {
        return new PublishedOutput(job.fingerprint(),
                new ProcessedPage(page.url(), page.outputPath(), NOT_KEPT, page.links(), page.anchors()),
                PublishedOutput.UNKNOWN, PublishedOutput.UNKNOWN);
    }

    /** Whether the last published render had this item's source at the same URL. */
    boolean publishedAt(Item item) {
        return item.url().equals(publishedUrls.get(item.source().path()));
    }

    /** The outputs the last render rendered, rather than kept; the others were reused. */
    Set<Path> renderedOutputs() {
        return Set.copyOf(rendered);
    }

    /**
     * The render was published (and given its final file times): its outputs are what the next rebuild
     * compares with, and a one-shot build leaves them in its cache.
     */
    void publishedRender() {
        LOG.info("render: {} outputs rendered, {} reused from the last build", rendered.size(),
                pending.size() - rendered.size());
        if (diskCache != null && !savedToDisk) {
            diskCache.save(pending);
            // A session's later builds stay in memory: a stale entry on disk only costs the next build a render.
            savedToDisk = keepsTexts;
        }
        published = Map.copyOf(pending);
        siteKey = pendingSiteKey;
        publishedUrls = pendingUrls;
        pending.clear();
    }

    private static final class Fold {
        private long value = 17;

        Fold add(String part) {
            value = value * 1_000_003L + part.hashCode();
            return this;
        }
    }
}
