package dev.evergreen.model;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.SourcePos;
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
        for (ParsedPage page : pages) {
            toItem(page, tags, categories, findings).ifPresent(item -> {
                Item earlier = byUrl.putIfAbsent(item.url(), item);
                if (earlier == null) {
                    items.add(item);
                } else {
                    findings.add(ContentFinding.error(SourcePos.of(item.source().path(), 1), "duplicate-permalink",
                            item.url() + " is also the permalink of " + earlier.source().slashPath()
                                    + "; give one of them another slug or permalink in its front matter"));
                }
            });
        }
        items.sort(NEWEST_FIRST);
        findings.addAll(Aliases.claimedTwice(items));
        List<Item> articles = items.stream()
                .filter(i -> i.kind() == Kind.ARTICLE && i.channel().equals(config.defaultChannel()))
                .toList();
        Site site = new Site(config, items, articles, tags.build(articles, Item::tags),
                categories.build(articles, Item::categories), scheme.published(content.assets(), items));
        return new ModelResult(site, findings);
    }

    private Optional<Item> toItem(ParsedPage page, TaxonomyBuilder tags, TaxonomyBuilder categories,
                                  List<Finding> findings) {
        Source source = page.source();
        FrontMatter fm = page.frontMatter();
        Kind kind = kindOf(source, fm, findings);
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
        String url = scheme.urlOf(source, fm, kind, slug, title, date, itemCategories);
        return Optional.of(new Item(source, kind, channel, title, date, fm.updated() != null ? fm.updated() : date,
                slug, url, tags.terms(scheme.tagTerms(fm.tags())), itemCategories, fm.description(),
                fm.authors(), fm.lang() != null ? fm.lang() : config.language(), page.html(), page.excerptHtml(),
                page.hasMoreMarker(), page.headings(), ReadingTime.minutes(page.stats()), draft,
                scheme.layoutOf(fm, kind), aliases.of(source, fm, url, findings), fm.extra()));
    }

    private Kind kindOf(Source source, FrontMatter fm, List<Finding> findings) {
        if (fm.kind() != null) {
            Optional<Kind> declared = Kind.fromLabel(fm.kind());
            if (declared.isPresent()) {
                return declared.get();
            }
            findings.add(ContentFinding.error(SourcePos.of(source.path(), fm.lineOf("kind", 1)), "kind",
                    "unknown kind '" + fm.kind() + "'; use article, recording or page"));
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
