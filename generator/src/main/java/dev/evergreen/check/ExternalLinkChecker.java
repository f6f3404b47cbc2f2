package dev.evergreen.check;

import dev.evergreen.finding.LinkFinding;
import dev.evergreen.finding.LinkProblem;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks the links that leave the site. Each unique URL is checked once, many at a time but politely
 * per host, and reported at every place it is used.
 *
 * <p>Having no network is not a broken link. When not a single server answered during a check, the
 * URLs that failed because their host could not be reached (unknown host, connection refused) are
 * unverified ("no network"); when at least one server answered, the network works and those URLs
 * are broken. Timeouts are unverified either way.
 */
public final class ExternalLinkChecker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExternalLinkChecker.class);
    private static final Comparator<LinkFinding> ORDER = Comparator.comparing(LinkFinding::pos)
            .thenComparing(LinkFinding::url)
            .thenComparing(LinkFinding::page)
            .thenComparing(LinkFinding::problem);

    private final ExternalCheckOptions options;
    private final Clock clock;
    private final CheckProgress progress;
    private final OkHttpClient client;

    public ExternalLinkChecker(ExternalCheckOptions options, Clock clock, CheckProgress progress) {
        this.options = options;
        this.clock = clock;
        this.progress = progress;
        var limits = options.limits();
        this.client = new OkHttpClient.Builder()
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(limits.requestTimeout())
                .readTimeout(limits.requestTimeout())
                .callTimeout(limits.requestTimeout())
                .connectionPool(new ConnectionPool(limits.concurrency(), 1, TimeUnit.MINUTES))
                .build();
    }

    /** One finding per problem and use, sorted by source position then URL; working links give none. */
    public List<LinkFinding> check(List<LinkUse> uses) {
        Map<String, List<LinkUse>> byUrl = new TreeMap<>();
        uses.forEach(use -> byUrl.computeIfAbsent(use.url(), url -> new ArrayList<>()).add(use));
        progress.started(byUrl.size());
        try {
            Map<String, LinkStatus> statuses = statuses(byUrl.keySet());
            List<LinkFinding> findings = new ArrayList<>();
            byUrl.forEach((url, urlUses) -> statuses.get(url).problem().ifPresent(problem ->
                    urlUses.forEach(use -> findings.add(finding(use, problem, statuses.get(url))))));
            findings.sort(ORDER);
            return List.copyOf(findings);
        } finally {
            progress.finished();
        }
    }

    private Map<String, LinkStatus> statuses(Iterable<String> urls) {
        Map<String, LinkStatus> statuses = new TreeMap<>();
        LinkCache cache = LinkCache.open(options.offline() ? null : options.cacheFile(), clock, options.cacheTtl());
        Map<HttpUrl, Map<String, HttpUrl>> pages = new TreeMap<>(Comparator.comparing(HttpUrl::toString));
        for (String url : urls) {
            UrlSyntax.Target target = options.excludes(url)
                    ? new UrlSyntax.Known(new LinkStatus.Excluded())
                    : UrlSyntax.classify(url);
            Optional<LinkStatus> known = target instanceof UrlSyntax.Known k ? Optional.of(k.status())
                    : options.offline() ? Optional.of(new LinkStatus.Unverified("offline"))
                    : cache.fresh(url);
            if (known.isPresent()) {
                if (known.get() instanceof LinkStatus.NotFetched skipped) {
                    LOG.debug("Not checking {} ({})", url, skipped.status());
                }
                statuses.put(url, known.get());
                progress.advanced(url);
            } else {
                HttpUrl fetch = ((UrlSyntax.Fetch) target).url();
                pages.computeIfAbsent(fetch.newBuilder().fragment(null).build(), page -> new TreeMap<>())
                        .put(url, fetch);
            }
        }
        if (!pages.isEmpty()) {
            Map<String, LinkStatus> fetched = fetchAll(pages);
            fetched.forEach(cache::record);
            cache.save();
            statuses.putAll(fetched);
        }
        return statuses;
    }

    /** Requests every page once, then judges each URL (fragment included) by its page's probe. */
    private Map<String, LinkStatus> fetchAll(Map<HttpUrl, Map<String, HttpUrl>> pages) {
        PageProbe prober = new PageProbe(new Requester(client, options, new HostLimits(options), clock), options);
        ExecutorService pool = daemonPool(Math.min(options.limits().concurrency(), pages.size()));
        try {
            Map<HttpUrl, Future<PageProbe.Probe>> running = new TreeMap<>(Comparator.comparing(HttpUrl::toString));
            pages.forEach((page, urls) -> running.put(page, pool.submit(() -> {
                PageProbe.Probe probe = prober.probe(page);
                urls.keySet().forEach(progress::advanced);
                return probe;
            })));
            Map<HttpUrl, PageProbe.Probe> probes = new TreeMap<>(Comparator.comparing(HttpUrl::toString));
            for (Map.Entry<HttpUrl, Future<PageProbe.Probe>> entry : running.entrySet()) {
                probes.put(entry.getKey(), entry.getValue().get());
            }
            boolean networkSeen = probes.values().stream().anyMatch(PageProbe.Probe::reachedServer);
            Map<String, LinkStatus> statuses = new TreeMap<>();
            probes.forEach((page, probe) -> pages.get(page).forEach((url, target) -> {
                LinkStatus status = atUrl(probe, target);
                statuses.put(url, !networkSeen && status instanceof LinkStatus.Unreachable
                        ? new LinkStatus.Unverified("no network")
                        : status);
            }));
            return statuses;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the external link check was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the external link check failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Whether each recording's video still plays, with the same client, limits, cache and offline rules
     * as the links: a dead video is a {@link LinkProblem#BROKEN} finding at the recording's
     * {@code video} line; a provider that cannot be asked leaves the video unverified. Videos whose
     * watch URL matches an exclude pattern are not checked, as links are not.
     */
    public List<LinkFinding> checkVideos(List<VideoUse> uses, VideoEndpoints endpoints) {
        return new VideoCheck(options, clock, new VideoProbe(new Requester(client, options, new HostLimits(options), clock),
                options, endpoints)).check(uses);
    }

    /** Daemon threads: a check abandoned by an interrupted build must not keep the JVM alive. */
    static ExecutorService daemonPool(int size) {
        AtomicInteger threads = new AtomicInteger();
        return Executors.newFixedThreadPool(size, task -> {
            Thread thread = new Thread(task, "evergreen-external-check-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The page's status as seen through one URL's fragment. */
    private LinkStatus atUrl(PageProbe.Probe probe, HttpUrl url) {
        LinkStatus status = probe.status();
        String fragment = url.fragment();
        if (fragment == null) {
            return status;
        }
        if (status instanceof LinkStatus.Moved moved && !moved.finalUrl().contains("#")) {
            status = new LinkStatus.Moved(moved.finalUrl() + "#" + url.encodedFragment(), moved.code());
        }
        boolean pageWorks = status instanceof LinkStatus.Ok || status instanceof LinkStatus.Moved;
        if (options.checkFragments() && pageWorks && probe.page().map(p -> p.lacksAnchor(fragment)).orElse(false)) {
            return new LinkStatus.MissingAnchor(fragment);
        }
        return status;
    }

    private LinkFinding finding(LinkUse use, LinkProblem problem, LinkStatus status) {
        return new LinkFinding(use.pos(), options.severityOf(problem), problem, use.url(), status.status(), use.page(),
                true, status.hint());
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
