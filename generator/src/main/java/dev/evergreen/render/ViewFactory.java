package dev.evergreen.render;

import dev.evergreen.load.SiteConfig;
import dev.evergreen.model.Item;
import dev.evergreen.model.Site;
import dev.evergreen.model.Taxonomy;
import dev.evergreen.model.Term;
import dev.evergreen.render.view.ChannelView;
import dev.evergreen.render.view.DateView;
import dev.evergreen.render.view.ItemLink;
import dev.evergreen.render.view.ItemView;
import dev.evergreen.render.view.ListView;
import dev.evergreen.render.view.PageMeta;
import dev.evergreen.render.view.PageModel;
import dev.evergreen.render.view.SiteView;
import dev.evergreen.render.view.TaxonomyView;
import dev.evergreen.render.view.TermCount;
import dev.evergreen.render.view.YearGroup;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the model into what templates see. Built once per plan; immutable, so render threads share it. */
final class ViewFactory {

    static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Site site;
    private final SiteConfig config;
    private final SiteView siteView;
    private final DateTimeFormatter dateText;
    /** Article URL → position in {@code site.articles()}, for previous/next links without a list search. */
    private final Map<String, Integer> articlePositions;
    private final ContentEnhancer enhancer;
    private final SearchDocuments searchDocuments;
    private final DocViews docs;
    private final RecordingViews recordings;

    /** @param linksVerifiedOn the day the build checks links, or {@code null} when it does not check them */
    /** @param searchDocuments given the text of each item page's body as it is parsed for enhancement */
    ViewFactory(Site site, Routes routes, Locale locale, LocalDate linksVerifiedOn, SearchDocuments searchDocuments) {
        this.site = site;
        this.searchDocuments = searchDocuments;
        this.config = site.config();
        this.dateText = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.docs = new DocViews(site.navigation(), config.docs());
        this.siteView = new SiteView(config.title(), text(config.description()), config.language(),
                config.basePath(), config.absoluteUrl(config.basePath()), routes.file("atom.xml"),
                routes.file("rss.xml"), site.tags().url(), site.categories().url(), routes.archives(),
                config.params(), routes.search(), linksVerifiedOn == null ? null
                        : new DateView(linksVerifiedOn.toString(), dateText.format(linksVerifiedOn), linksVerifiedOn.getYear()),
                docs.top(),
                site.recordings().isEmpty() ? null : routes.recordings());
        this.enhancer = new ContentEnhancer(site.assets(), config.basePath());
        this.recordings = new RecordingViews(site.items());
        Map<String, Integer> positions = new HashMap<>();
        List<Item> articles = site.articles();
        for (int i = 0; i < articles.size(); i++) {
            positions.put(articles.get(i).url(), i);
        }
        this.articlePositions = Map.copyOf(positions);
    }

    PageModel itemPage(Item item) {
        String description = item.description() == null || item.description().isBlank()
                ? config.description() : item.description();
        PageMeta meta = new PageMeta(item.title() + " · " + config.title(), text(description), item.url(),
                config.absoluteUrl(item.url()), language(item.lang()), item.date() != null ? "article" : "website",
                JsonLd.of(item, config, description));
        return new PageModel(siteView, meta, item(item, true), null, null, null, null, docs.of(item), null, null);
    }

    PageModel listPage(String title, ListSlice slice, Term term) {
        String fullTitle = slice.pagination().current() == 1
                ? title : title + " · " + slice.pagination().current();
        PageMeta meta = meta(fullTitle, config.description(), slice.url(), null);
        ListView list = new ListView(slice.items().stream().map(this::item).toList(), slice.pagination());
        return new PageModel(siteView, meta, null, list, null, term, null, null, null, null);
    }

    PageModel taxonomyPage(Taxonomy taxonomy) {
        List<TermCount> terms = taxonomy.terms().stream()
                .map(t -> new TermCount(t.name(), t.slug(), t.url(), taxonomy.items(t).size()))
                .toList();
        String title = taxonomyTitle(taxonomy);
        PageMeta meta = meta(title + " · " + config.title(), config.description(), taxonomy.url(), null);
        return new PageModel(siteView, meta, null, null,
                new TaxonomyView(taxonomy.name(), title, taxonomy.url(), terms), null, null, null, null, null);
    }

    /** @param title "Archives", or a Hexo period's "Archives: 2023/06" */
    PageModel archivePage(String title, ListSlice slice) {
        Map<Integer, List<ItemView>> byYear = new LinkedHashMap<>();
        for (Item article : slice.items()) {
            ItemView view = item(article);
            int year = view.date() == null ? 0 : view.date().year();
            byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(view);
        }
        List<YearGroup> years = byYear.entrySet().stream()
                .map(e -> new YearGroup(e.getKey(), List.copyOf(e.getValue())))
                .toList();
        String fullTitle = slice.pagination().current() == 1 ? title : title + " · " + slice.pagination().current();
        PageMeta meta = meta(fullTitle + " · " + config.title(), config.description(), slice.url(), null);
        // The list carries the pagination only: the page shows the items grouped by year.
        ListView list = new ListView(List.of(), slice.pagination());
        return new PageModel(siteView, meta, null, list, null, null, years, null, null, null);
    }

    PageModel searchPage(String url) {
        PageMeta meta = meta("Search · " + config.title(), config.description(), url, null);
        return new PageModel(siteView, meta, null, null, null, null, null, null, null, null);
    }

    PageModel recordingsPage(String url) {
        PageMeta meta = meta("Recordings · " + config.title(), config.description(), url, null);
        return new PageModel(siteView, meta, null, null, null, null, null, null,
                RecordingViews.byYearAndEvent(site.recordings(), this::item), null);
    }

    PageModel channelPage(ChannelView channel, ListSlice slice) {
        String title = slice.pagination().current() == 1
                ? channel.title() : channel.title() + " · " + slice.pagination().current();
        PageMeta meta = meta(title, config.description(), slice.url(), null);
        ListView list = new ListView(slice.items().stream().map(this::item).toList(), slice.pagination());
        return new PageModel(siteView, meta, null, list, null, null, null, null, null, channel);
    }

    PageModel notFoundPage(String url) {
        PageMeta meta = meta("Page not found · " + config.title(), config.description(), url, null);
        return new PageModel(siteView, meta, null, null, null, null, null, null, null, null);
    }

    static String taxonomyTitle(Taxonomy taxonomy) {
        String name = taxonomy.name();
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private PageMeta meta(String title, String description, String url, String lang) {
        return new PageMeta(title, text(description), url, config.absoluteUrl(url), language(lang), "website", "");
    }

    private String language(String lang) {
        return lang == null || lang.isBlank() ? config.language() : lang;
    }

    private ItemView item(Item item) {
        return item(item, false);
    }

    /** @param full whether the body is shown (an item page) and worth enhancing; list pages show only the excerpt */
    private ItemView item(Item item, boolean full) {
        String sourcePath = item.source().slashPath();
        String content = full
                ? enhancer.enhance(text(item.contentHtml()), sourcePath, plain -> {
                    if (config.defaultChannel().equals(item.channel())) {
                        searchDocuments.prime(item, plain);
                    }
                })
                : text(item.contentHtml());
        DateView date = date(item.date());
        boolean updatedLater = item.updated() != null
                && (item.date() == null || item.updated().isAfter(item.date()));
        return new ItemView(item.title(), item.url(), item.kind().label(),
                language(item.lang()),
                text(item.description()), item.authors(), date, updatedLater ? date(item.updated()) : null,
                content, enhancer.enhance(text(item.excerptHtml()), sourcePath), item.hasMoreMarker(), item.toc(),
                item.readingMinutes(), listed(item, item.tags()), listed(item, item.categories()),
                item.params() == null ? Map.of() : item.params(),
                neighbour(item, 1), neighbour(item, -1), recordings.of(item));
    }

    /**
     * The terms whose page lists the item. Taxonomies list the developer site's articles only, so a
     * marketing item or a recording keeps its terms in the model but links no term page that does not exist.
     */
    private List<Term> listed(Item item, List<Term> terms) {
        // The taxonomies are built from exactly the developer site's articles, so each of an article's
        // terms has a page listing it, and no other item's term does.
        return articlePositions.containsKey(item.url()) ? terms : List.of();
    }

    /** The items a recording's page links as related, by title: their titles are part of the page. */
    List<ItemLink> related(Item item) {
        return recordings.related(item);
    }

    /** The article {@code offset} positions further down the newest-first list: +1 is the older one. */
    ItemLink neighbour(Item item, int offset) {
        Integer position = articlePositions.get(item.url());
        if (position == null) {
            return null;
        }
        int other = position + offset;
        List<Item> articles = site.articles();
        if (other < 0 || other >= articles.size()) {
            return null;
        }
        Item neighbour = articles.get(other);
        return new ItemLink(neighbour.title(), neighbour.url());
    }

    private DateView date(ZonedDateTime date) {
        if (date == null) {
            return null;
        }
        ZonedDateTime seconds = date.truncatedTo(ChronoUnit.SECONDS);
        return new DateView(RFC_3339.format(seconds), dateText.format(seconds), seconds.getYear());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
