package dev.evergreen.render;

import dev.evergreen.load.Channel;
import dev.evergreen.load.SiteConfig;
import dev.evergreen.model.Item;
import dev.evergreen.model.NavNode;
import dev.evergreen.model.Site;
import dev.evergreen.model.Taxonomy;
import dev.evergreen.model.Term;
import dev.evergreen.render.view.ChannelView;

import dev.evergreen.load.Asset;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Lists every output of a site, in output-path order. Views are built only when a job is rendered. */
final class Planner {

    static final int FEED_SIZE = 20;
    static final String INDEX = "index";
    static final String TAXONOMY = "taxonomy";
    static final String TERM = "term";
    static final String ARCHIVE = "archive";
    static final String NOT_FOUND = "404";
    static final String SEARCH = "search";
    static final String RECORDINGS = "recordings";
    static final String CHANNEL = "channel";
    /** The templates of the pages the planner itself lists (items use their layout's). */
    static final Set<String> TEMPLATES = Set.of(INDEX, TAXONOMY, TERM, ARCHIVE, NOT_FOUND, SEARCH, RECORDINGS, CHANNEL);

    private final Site site;
    private final SiteConfig config;
    private final Theme theme;
    private final Routes routes;
    private final ViewFactory views;
    private final SearchDocuments searchDocuments;
    private final ItemDigests itemDigests = new ItemDigests();
    private final List<RenderJob> jobs = new ArrayList<>();
    private final List<Sitemap.Entry> sitemap = new ArrayList<>();
    private final Set<String> layouts;
    private final TemplateDigests templateDigests;
    /** The top navigation, in every page's header. */
    private final long topNavigation;
    /** Every documentation section's tree: a doc page's sidebar, breadcrumbs and reading order. */
    private final long docsNavigation;

    private Planner(Site site, Theme theme, Locale locale, LocalDate linksVerifiedOn, Set<String> layouts,
                    SearchDocuments searchDocuments, TemplateDigests templateDigests) {
        this.templateDigests = templateDigests;
        this.searchDocuments = searchDocuments;
        this.site = site;
        this.layouts = layouts;
        this.config = site.config();
        this.theme = theme;
        this.routes = Routes.of(config);
        this.views = new ViewFactory(site, routes, locale, linksVerifiedOn);
        Fingerprint top = fingerprint();
        site.navigation().top().forEach(link -> top.add(link.title()).add(link.url()).add(link.line()));
        this.topNavigation = top.value();
        Fingerprint docs = fingerprint();
        site.navigation().sections().forEach(section -> add(docs, section));
        this.docsNavigation = docs.value();
    }

    private static void add(Fingerprint fingerprint, NavNode node) {
        fingerprint.add(node.title()).add(node.url()).add(node.section() ? 1 : 0).add(node.children().size());
        node.children().forEach(child -> add(fingerprint, child));
    }

    /** @param layouts the item templates that exist */
    static List<RenderJob> plan(Site site, Theme theme, Locale locale, LocalDate linksVerifiedOn, Set<String> layouts,
                                SearchDocuments searchDocuments, TemplateDigests templateDigests) {
        return new Planner(site, theme, locale, linksVerifiedOn, layouts, searchDocuments, templateDigests).planAll();
    }

    /** The template an item is rendered with: its {@code layout}, else its kind's. */
    static String layoutOf(Item item) {
        return item.layout() == null || item.layout().isBlank() ? item.kind().label() : item.layout();
    }

    /** The pages of the items {@code only} accepts, and nothing else. */
    static List<RenderJob> planItemPages(Site site, Theme theme, Locale locale, LocalDate linksVerifiedOn,
                                         Set<String> layouts, SearchDocuments searchDocuments,
                                         TemplateDigests templateDigests, Predicate<Item> only) {
        Planner planner = new Planner(site, theme, locale, linksVerifiedOn, layouts, searchDocuments, templateDigests);
        site.items().stream().filter(only).forEach(planner::itemPage);
        return List.copyOf(planner.jobs);
    }

    private List<RenderJob> planAll() {
        for (Item item : site.items()) {
            itemPage(item);
            // Other channels publish their own site: the developer sitemap never lists them.
            if (config.defaultChannel().equals(item.channel())) {
                sitemap.add(new Sitemap.Entry(item.url(), item.updated() != null ? item.updated() : item.date()));
            }
        }
        list(config.title(), site.articles(), routes.home(), INDEX, null);
        taxonomy(site.tags());
        taxonomy(site.categories());
        archives();
        search();
        recordings();
        config.channels().stream().skip(1).map(config::channel).forEach(this::channel);
        outputs();
        jobs.sort(Comparator.comparing(job -> job.outputPath().toString().replace('\\', '/')));
        return List.copyOf(jobs);
    }

    private Fingerprint fingerprint() {
        return new Fingerprint(itemDigests);
    }

    private void itemPage(Item item) {
        // An unknown layout is a finding of SiteRenderer.validate; the kind's template still renders the
        // page so that its links are checked in the same build.
        String layout = layouts.contains(layoutOf(item)) ? layoutOf(item) : item.kind().label();
        // An item page also shows its neighbours' titles and links.
        Fingerprint shows = fingerprint().add(layout).add(item)
                .add(views.neighbour(item, 1)).add(views.neighbour(item, -1))
                .add(site.navigation().sectionOf(item.url()).isPresent() ? docsNavigation : 0);
        views.related(item).forEach(shows::add);
        template(item.url(), layout, shows, () -> views.itemPage(item));
    }

    private void taxonomy(Taxonomy taxonomy) {
        Fingerprint counts = fingerprint().add(TAXONOMY).add(taxonomy.name());
        for (Term term : taxonomy.terms()) {
            counts.add(term.name()).add(term.url()).add(taxonomy.items(term).size());
        }
        // A page of the site's own at the index's URL wins, as in Hexo, whose themes ship source/tags/index.md.
        Path index = routes.outputPath(taxonomy.url());
        if (site.items().stream().noneMatch(item -> routes.outputPath(item.url()).equals(index))) {
            page(taxonomy.url(), TAXONOMY, counts, () -> views.taxonomyPage(taxonomy));
        }
        String title = ViewFactory.taxonomyTitle(taxonomy);
        for (Term term : taxonomy.terms()) {
            list(term.name() + " · " + title + " · " + config.title(), taxonomy.items(term), term.url(), TERM, term);
        }
    }

    /**
     * The archive: one page for an Evergreen site; for a Hexo blog, what hexo-generator-archive writes
     * (the whole archive, then each year and each month, paginated by {@code per_page}; its daily pages
     * are off by default, so there are none).
     */
    private void archives() {
        List<Item> articles = site.articles();
        if (config.hexo().isEmpty()) {
            archive("Archives", articles, routes.archives(), Math.max(1, articles.size()));
            return;
        }
        int perPage = Math.max(1, config.perPage());
        archive("Archives", articles, routes.archives(), perPage);
        Map<Integer, List<Item>> years = new TreeMap<>();
        Map<YearMonth, List<Item>> months = new TreeMap<>();
        for (Item article : articles) {
            if (article.date() != null) {
                YearMonth month = YearMonth.from(article.date());
                years.computeIfAbsent(month.getYear(), y -> new ArrayList<>()).add(article);
                months.computeIfAbsent(month, m -> new ArrayList<>()).add(article);
            }
        }
        years.forEach((year, items) -> archive("Archives: " + year, items, routes.archives(year), perPage));
        months.forEach((month, items) -> archive(
                "Archives: " + month.getYear() + "/" + String.format(Locale.ROOT, "%02d", month.getMonthValue()),
                items, routes.archives(month.getYear(), month.getMonthValue()), perPage));
    }

    private void archive(String title, List<Item> items, String firstUrl, int perPage) {
        for (ListSlice slice : ListSlice.of(items, perPage, firstUrl, routes)) {
            Fingerprint shows = fingerprint().add(ARCHIVE).add(title).add(slice.pagination()).addAll(slice.items());
            page(slice.url(), ARCHIVE, shows, () -> views.archivePage(title, slice));
        }
    }

    private void list(String title, List<Item> items, String firstUrl, String template, Term term) {
        for (ListSlice slice : ListSlice.of(items, Math.max(1, config.perPage()), firstUrl, routes)) {
            Fingerprint shows = fingerprint().add(template).add(title).add(slice.pagination())
                    .add(term == null ? null : term.url()).addAll(slice.items());
            page(slice.url(), template, shows, () -> views.listPage(title, slice, term));
        }
    }

    /** A list page: rendered and listed in the sitemap. */
    private void page(String url, String template, Fingerprint shows, Supplier<Object> model) {
        sitemap.add(new Sitemap.Entry(url, null));
        template(url, template, shows, model);
    }

    /** A page rendered with a template: it changes when the template or one it includes does. */
    private void template(String url, String template, Fingerprint shows, Supplier<Object> model) {
        job(url, true, shows.add(templateDigests.of(template)).add(topNavigation),
                templates -> templates.render(template, model.get()));
    }

    /** The developer site's recordings index and feed, when it has recordings. */
    private void recordings() {
        List<Item> recordings = site.recordings();
        if (recordings.isEmpty()) {
            return;
        }
        String index = routes.recordings();
        page(index, RECORDINGS, fingerprint().add(RECORDINGS).addAll(recordings), () -> views.recordingsPage(index));
        feed("Recordings · " + config.title(), index, recordings, index + "atom.xml");
    }

    /**
     * Another channel's own listing and feed, under its path, when it has items. Kept out of the
     * developer sitemap: the channel is published apart.
     */
    private void channel(Channel channel) {
        List<Item> items = site.channelItems(channel.name());
        if (items.isEmpty()) {
            return;
        }
        String first = channel.site().map(s -> s.baseUrl().toString()).orElse(routes.home() + channel.path());
        String feedUrl = channel.feed() ? first + "atom.xml" : null;
        ChannelView view = new ChannelView(channel.name(), channel.title(), first, feedUrl);
        for (ListSlice slice : ListSlice.of(items, Math.max(1, config.perPage()), first, routes)) {
            Fingerprint shows = fingerprint().add(CHANNEL).add(channel.title()).add(slice.pagination())
                    .addAll(slice.items());
            template(slice.url(), CHANNEL, shows, () -> views.channelPage(view, slice));
        }
        if (feedUrl != null) {
            feed(channel.title(), first, items, feedUrl);
        }
    }

    private void feed(String title, String alternateUrl, List<Item> items, String url) {
        List<Item> newest = items.subList(0, Math.min(FEED_SIZE, items.size()));
        FeedHtml feedHtml = new FeedHtml(config);
        job(url, false, fingerprint().add(title).addAll(newest),
                t -> Produced.byGenerator(AtomFeed.write(config, title, alternateUrl, newest, url, feedHtml), "atom.xml"));
    }

    /**
     * The search page and its index, of the developer channel only: other channels are other sites. The
     * manifest shows only the number of shards, each shard only its items, so that an edit renders one shard.
     */
    private void search() {
        template(routes.search(), SEARCH, fingerprint().add(SEARCH), () -> views.searchPage(routes.search()));
        List<Item> searchable = site.items().stream().filter(i -> config.defaultChannel().equals(i.channel())).toList();
        List<List<Item>> shards = SearchShards.split(searchable);
        job(routes.file(SearchIndex.JSON_FILE), false, fingerprint().add(shards.size()),
                t -> Produced.byGenerator(SearchIndex.manifestJson(shards.size()), SearchIndex.JSON_FILE));
        job(routes.file(SearchIndex.SCRIPT_FILE), false, fingerprint().add(shards.size()),
                t -> Produced.byGenerator(SearchIndex.manifestScript(shards.size()), SearchIndex.SCRIPT_FILE));
        for (int shard = 0; shard < shards.size(); shard++) {
            searchShard(shard, shards.get(shard));
        }
    }

    private void searchShard(int shard, List<Item> items) {
        // Both files carry the same entries: gather them once, when the first of the two is rendered.
        Supplier<List<byte[]>> documents = new Supplier<>() {
            private List<byte[]> gathered;

            @Override
            public synchronized List<byte[]> get() {
                if (gathered == null) {
                    gathered = searchDocuments.documents(items);
                }
                return gathered;
            }
        };
        String json = SearchIndex.shardJsonFile(shard);
        job(routes.file(json), false, false, fingerprint().addAll(items),
                t -> Produced.byGenerator(SearchIndex.shardJson(documents.get()), json));
        String script = SearchIndex.shardScriptFile(shard);
        job(routes.file(script), false, false, fingerprint().addAll(items),
                t -> Produced.byGenerator(SearchIndex.shardScript(documents.get()), script));
    }

    private void outputs() {
        String notFound = routes.file("404.html");
        template(notFound, NOT_FOUND, fingerprint().add(NOT_FOUND), () -> views.notFoundPage(notFound));

        List<Item> newest = site.articles().subList(0, Math.min(FEED_SIZE, site.articles().size()));
        FeedHtml feedHtml = new FeedHtml(config);
        String atom = routes.file("atom.xml");
        job(atom, false, fingerprint().addAll(newest),
                t -> Produced.byGenerator(AtomFeed.write(config, newest, atom, feedHtml), "atom.xml"));
        String rss = routes.file("rss.xml");
        job(rss, false, fingerprint().addAll(newest),
                t -> Produced.byGenerator(RssFeed.write(config, newest, rss, feedHtml), "rss.xml"));

        String sitemapUrl = routes.file("sitemap.xml");
        List<Sitemap.Entry> entries = List.copyOf(sitemap);
        Fingerprint listed = fingerprint();
        entries.forEach(entry -> listed.add(entry.url()).add(entry.lastmod()));
        job(sitemapUrl, false, listed,
                t -> Produced.byGenerator(Sitemap.write(config, entries), "sitemap.xml"));
        String robots = routes.file("robots.txt");
        job(robots, false, fingerprint(),
                t -> Produced.byGenerator(Sitemap.robots(config, sitemapUrl), "robots.txt"));

        // A site's own static/ file of the same path replaces the theme's (the load stage publishes it there).
        Set<String> siteFiles = site.assets().stream().map(Asset::slashPath).collect(Collectors.toSet());
        for (String file : theme.staticFiles()) {
            if (siteFiles.contains(file)) {
                continue;
            }
            String text = theme.readStatic(file);
            job(routes.file(file), false, fingerprint().add(Digest.of(Digest.FNV_OFFSET, text)),
                    t -> new Produced(text, theme.origin("static/" + file)));
        }
    }

    private void job(String url, boolean html, Fingerprint shows, RenderJob.Output output) {
        job(url, html, true, shows, output);
    }

    private void job(String url, boolean html, boolean permanent, Fingerprint shows, RenderJob.Output output) {
        // The URL is part of every output (canonical links, feed ids), hence of every fingerprint.
        jobs.add(new RenderJob(url, outputPath(url), html, permanent, shows.add(url).value(), output));
    }

    /** Where a URL is written: relative to the developer output, or to the output of the channel site serving it. */
    private Path outputPath(String url) {
        return config.channels().stream().map(config::channel).flatMap(c -> c.site().stream())
                .filter(s -> s.serves(url)).findFirst()
                .map(s -> routes.outputPath(routes.home() + url.substring(s.baseUrl().toString().length())))
                .orElseGet(() -> routes.outputPath(url));
    }
}
