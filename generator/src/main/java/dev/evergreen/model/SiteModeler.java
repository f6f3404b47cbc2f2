package dev.evergreen.model;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.SourcePos;
import dev.evergreen.load.Channel;
import dev.evergreen.load.Kind;
import dev.evergreen.load.LoadedContent;
import dev.evergreen.load.SiteConfig;
import dev.evergreen.load.Source;
import dev.evergreen.parse.FrontMatter;
import dev.evergreen.parse.ParsedPage;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model stage: turns parsed sources into the {@link Site}: what is published (drafts and
 * future-dated items only when asked), where (permalinks), in which order, under which terms.
 */
public final class SiteModeler {

    /** Dated items newest first; equal dates and undated pages by URL, so the order never depends on the disk. */
    static final Comparator<Item> NEWEST_FIRST = Comparator
            .comparing(Item::date, Comparator.nullsLast(Comparator.<ZonedDateTime>reverseOrder()))
            .thenComparing(Item::url);

    /** The theme template of pages in a documentation section. */
    static final String DOC_LAYOUT = "doc";

    private final SiteConfig config;
    private final ModelOptions options;
    private final UrlScheme scheme;
    private final Aliases aliases;

    public SiteModeler(SiteConfig config, ModelOptions options) {
        this.config = config;
        this.options = options;
        this.scheme = UrlScheme.of(config);
        this.aliases = new Aliases(config);
    }

    public ModelResult model(LoadedContent content, List<ParsedPage> pages) {
        List<Finding> findings = new ArrayList<>();
        TaxonomyBuilder tags = new TaxonomyBuilder("tags", scheme.taxonomyUrl("tags"));
        TaxonomyBuilder categories = new TaxonomyBuilder("categories", scheme.taxonomyUrl("categories"));
        Map<String, Item> byUrl = new HashMap<>();
        List<Item> items = new ArrayList<>();
        RecordingReader recordings = recordingReader(content, findings);
        SectionFolders sections = SectionFolders.of(pages.stream()
                .filter(p -> kindOf(p.source(), p.frontMatter()) == Kind.PAGE).map(ParsedPage::source).toList());
        LastUpdated lastUpdated = LastUpdated.of(config.docs(), pages.stream()
                .filter(p -> sections.rootOf(p.source()).isPresent()).map(ParsedPage::source).toList(),
                config.timeZone(), findings);
        List<DocPage> docPages = new ArrayList<>();
        for (ParsedPage page : pages) {
            toItem(page, sections, lastUpdated, tags, categories, recordings, findings).ifPresent(item -> {
                Item earlier = byUrl.putIfAbsent(item.url(), item);
                if (earlier != null) {
                    findings.add(ContentFinding.error(SourcePos.of(item.source().path(), urlLine(item)),
                            "duplicate-permalink",
                            item.url() + " is also the permalink of " + earlier.source().slashPath()
                                    + "; give one of them another slug or permalink in its front matter"));
                    return;
                }
                items.add(item);
                if (isDoc(item, sections)) {
                    docPages.add(new DocPage(item, page.frontMatter()));
                }
            });
        }
        Navigation navigation = new NavigationBuilder(config, findings).build(sections, docPages);
        items.sort(NEWEST_FIRST);
        findings.addAll(Aliases.claimedTwice(items));
        List<Item> articles = items.stream()
                .filter(i -> i.kind() == Kind.ARTICLE && i.channel().equals(config.defaultChannel()))
                .toList();
        Site site = new Site(config, items, articles, tags.build(articles, Item::tags),
                categories.build(articles, Item::categories), scheme.published(content.assets(), items),
                navigation);
        return new ModelResult(site, findings);
    }

    /** The front matter line that gave an item its URL: its permalink, else its slug, else the file itself. */
    private static int urlLine(Item item) {
        Map<String, Integer> lines = item.frontMatterLines();
        return lines.getOrDefault("permalink", lines.getOrDefault("slug", 1));
    }

    /** A page of a documentation section on the developer site: other channels publish no navigation. */
    private boolean isDoc(Item item, SectionFolders sections) {
        return item.kind() == Kind.PAGE && item.channel().equals(config.defaultChannel())
                && sections.rootOf(item.source()).isPresent();
    }


    private RecordingReader recordingReader(LoadedContent content, List<Finding> findings) {
        java.util.Set<String> files = new java.util.HashSet<>();
        content.sources().forEach(s -> files.add(s.slashPath()));
        content.assets().forEach(a -> files.add(a.slashPath()));
        return new RecordingReader(config.basePath(), Speakers.from(content.root(), findings), files);
    }

    /**
     * The URL inside the item's channel: another channel's items are published under its path
     * ({@code /news/2024/05/01/launch/}), so the channel can be listed, fed and served apart; a channel
     * that is a site of its own has absolute URLs on that site ({@code https://news.example.org/2024/05/01/launch/}).
     */
    private String inChannel(String url, String channel) {
        Channel settings = config.channel(channel);
        String path = settings.path();
        String base = config.basePath();
        if (path.isEmpty() || !url.startsWith(base)) {
            return url;
        }
        String prefix = settings.site().map(s -> s.baseUrl().toString()).orElse(base + UrlPaths.encodePath(path));
        return prefix + url.substring(base.length());
    }

    private Optional<Item> toItem(ParsedPage page, SectionFolders sections, LastUpdated lastUpdated,
                                  TaxonomyBuilder tags, TaxonomyBuilder categories, RecordingReader recordings,
                                  List<Finding> findings) {
        Source source = page.source();
        FrontMatter fm = page.frontMatter();
        checkKind(source, fm, findings);
        Kind kind = kindOf(source, fm);
        String channel = channelOf(source, fm, findings);
        String title = titleOf(page, findings);
        ZonedDateTime date = fm.date();
        boolean draft = scheme.isDraft(source, fm);
        if (draft && !options.drafts()) {
            return Optional.empty();
        }
        if (date == null && kind != Kind.PAGE && !fm.lines().containsKey("date")) {
            findings.add(ContentFinding.error(SourcePos.of(source.path(), 1), "date",
                    "this " + kind.label() + " has no date; add 'date: 2024-05-01' to its front matter"));
        }
        if (date != null && date.toInstant().isAfter(options.clock().instant()) && !options.future()) {
            return Optional.empty();
        }
        String slug = scheme.slugOf(source, fm);
        List<Term> itemCategories = categories.terms(scheme.categoryTerms(fm));
        String url = inChannel(scheme.urlOf(source, fm, kind, slug, title, date, itemCategories), channel);
        Recording recording = kind == Kind.RECORDING ? recordings.read(source, fm, findings) : null;
        boolean doc = kind == Kind.PAGE && sections.rootOf(source).isPresent();
        ZonedDateTime updated = fm.updated() != null ? fm.updated()
                : doc ? lastUpdated.of(source).orElse(date) : date;
        String layout = doc && fm.layout() == null ? DOC_LAYOUT : scheme.layoutOf(fm, kind);
        return Optional.of(new Item(source, kind, channel, title, date, updated,
                slug, url, tags.terms(scheme.tagTerms(fm.tags())), itemCategories, fm.description(),
                fm.authors(), fm.lang() != null ? fm.lang() : config.language(), page.html(), page.excerptHtml(),
                page.hasMoreMarker(), page.headings(), ReadingTime.minutes(page.stats()), draft,
                layout, aliases.of(source, fm, url, findings), fm.extra(), fm.lines(),
                recording));
    }

    private static void checkKind(Source source, FrontMatter fm, List<Finding> findings) {
        if (fm.kind() != null && Kind.fromLabel(fm.kind()).isEmpty()) {
            findings.add(ContentFinding.error(SourcePos.of(source.path(), fm.lineOf("kind", 1)), "kind",
                    "unknown kind '" + fm.kind() + "'; use article, recording or page"));
        }
    }

    /** The declared kind, else the folder's, else page: an unknown declared kind falls through. */
    private Kind kindOf(Source source, FrontMatter fm) {
        Optional<Kind> declared = fm.kind() == null ? Optional.empty() : Kind.fromLabel(fm.kind());
        if (declared.isPresent()) {
            return declared.get();
        }
        return scheme.kindByPath(source).orElse(Kind.PAGE);
    }

    private String channelOf(Source source, FrontMatter fm, List<Finding> findings) {
        if (fm.channel() == null) {
            return config.defaultChannel();
        }
        if (!config.channels().contains(fm.channel())) {
            findings.add(ContentFinding.error(SourcePos.of(source.path(), fm.lineOf("channel", 1)), "channel",
                    "unknown channel '" + fm.channel() + "'; use one of " + config.channels()
                            + " or add it to 'channels' in site.yml"));
            return config.defaultChannel();
        }
        return fm.channel();
    }

    private static String titleOf(ParsedPage page, List<Finding> findings) {
        String title = page.frontMatter().title();
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        SourcePos pos = SourcePos.of(page.source().path(), 1);
        Optional<String> heading = page.firstHeading()
                .or(() -> page.headings().stream().findFirst().map(h -> h.text()));
        if (heading.isPresent()) {
            findings.add(ContentFinding.warning(pos, "title",
                    "no title in the front matter; using the first heading \"" + heading.get() + "\""));
            return heading.get();
        }
        String name = page.source().baseName();
        findings.add(ContentFinding.warning(pos, "title",
                "no title in the front matter and no heading; using the file name \"" + name + "\""));
        return name;
    }
}
