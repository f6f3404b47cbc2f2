package dev.evergreen.check;

import dev.evergreen.finding.LinkFinding;
import dev.evergreen.finding.LinkProblem;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Checks each distinct video once, many at a time, and reports it at every recording that shows it.
 * The link check's rules apply: excluded URLs are skipped, offline means unverified, successes are
 * cached, and no answer from any server means no network rather than dead videos.
 */
final class VideoCheck {

    private final ExternalCheckOptions options;
    private final Clock clock;
    private final VideoProbe prober;

    VideoCheck(ExternalCheckOptions options, Clock clock, VideoProbe prober) {
        this.options = options;
        this.clock = clock;
        this.prober = prober;
    }

    List<LinkFinding> check(List<VideoUse> uses) {
        Map<String, List<VideoUse>> byVideo = new TreeMap<>();
        uses.stream()
                .filter(use -> options.exclude().stream().noneMatch(p -> p.matcher(use.video().watchUrl()).find()))
                .forEach(use -> byVideo.computeIfAbsent(use.video().watchUrl(), v -> new ArrayList<>()).add(use));
        LinkCache cache = LinkCache.open(options.offline() ? null : options.cacheFile(), clock, options.cacheTtl());
        Map<String, Future<VideoProbe.Result>> running = new TreeMap<>();
        int threads = Math.max(1, Math.min(options.limits().concurrency(), byVideo.size()));
        ExecutorService pool = ExternalLinkChecker.daemonPool(threads);
        try {
            byVideo.forEach((url, videoUses) -> {
                // Keyed apart from the page check of the same URL: a watch page answers 200 for a removed video.
                String key = "video:" + url;
                Optional<LinkStatus> known = options.offline() ? Optional.of(new LinkStatus.Unverified("offline"))
                        : cache.fresh(key);
                running.put(url, pool.submit(() -> known.map(status -> new VideoProbe.Result(status, false))
                        .orElseGet(() -> {
                            VideoProbe.Result probed = prober.probe(videoUses.get(0).video());
                            cache.record(key, probed.status());
                            return probed;
                        })));
            });
            Map<String, VideoProbe.Result> results = new TreeMap<>();
            for (Map.Entry<String, Future<VideoProbe.Result>> entry : running.entrySet()) {
                results.put(entry.getKey(), entry.getValue().get());
            }
            cache.save();
            return videoFindings(byVideo, results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the video check was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the video check failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<LinkFinding> videoFindings(Map<String, List<VideoUse>> byVideo, Map<String, VideoProbe.Result> results) {
        boolean networkSeen = results.values().stream().anyMatch(VideoProbe.Result::reachedServer);
        List<LinkFinding> findings = new ArrayList<>();
        results.forEach((url, result) -> {
            LinkStatus status = !networkSeen && result.status() instanceof LinkStatus.Unreachable
                    ? new LinkStatus.Unverified("no network") : result.status();
            status.problem().ifPresent(problem -> byVideo.get(url).forEach(use -> findings.add(new LinkFinding(
                    use.pos(), options.severityOf(problem), problem, url, status.status(), use.page(), true,
                    problem == LinkProblem.BROKEN ? "the video no longer plays; replace it or remove the recording"
                            : status.hint()))));
        });
        findings.sort(Comparator.comparing(LinkFinding::pos).thenComparing(LinkFinding::url));
        return List.copyOf(findings);
    }
}
