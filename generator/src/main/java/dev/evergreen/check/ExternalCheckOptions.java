package dev.evergreen.check;

import dev.evergreen.finding.LinkProblem;
import dev.evergreen.finding.Severity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How external links are checked. {@link #defaults()} holds every default in one place so the CLI and
 * the Maven plugin show and reuse the same values.
 *
 * @param limits how much time and how many connections the check may use
 * @param acceptedCodes final HTTP codes that mean "the link works"
 * @param exclude URLs matching any of these (found anywhere in the URL) are neither requested nor reported
 * @param hosts rules for particular hosts, keyed by host name; a key also covers its subdomains
 * @param userAgent sent with every request; names Evergreen so site owners know who is asking
 * @param checkFragments whether {@code #fragment}s of external HTML pages must name an element
 * @param offline no request at all: every http(s) link is reported unverified
 * @param cacheFile where successes are remembered between builds; {@code null} for no cache
 * @param cacheTtl how long a success is trusted (a little jitter is added per URL)
 * @param severities how much each problem with an external link matters
 */
public record ExternalCheckOptions(Limits limits, Set<Integer> acceptedCodes, List<Pattern> exclude,
                                   Map<String, HostRules> hosts, String userAgent, boolean checkFragments,
                                   boolean offline, Path cacheFile, Duration cacheTtl,
                                   Map<LinkProblem, Severity> severities) {

    public static final String DEFAULT_USER_AGENT =
            "Mozilla/5.0 (compatible; Evergreen/0.1; +https://github.com/evergreen)";

    /** Hosts known to answer HEAD with an error although GET works; asking GET first saves a request. */
    private static final List<String> GET_ONLY_HOSTS = List.of("amazon.com");

    public ExternalCheckOptions {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(cacheTtl, "cacheTtl");
        acceptedCodes = Set.copyOf(acceptedCodes);
        exclude = List.copyOf(exclude);
        hosts = hosts.entrySet().stream().collect(
                Collectors.toUnmodifiableMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
        EnumMap<LinkProblem, Severity> complete = new EnumMap<>(LinkProblem.class);
        for (LinkProblem problem : LinkProblem.values()) {
            complete.put(problem, Objects.requireNonNull(severities.get(problem), "no severity for " + problem));
        }
        severities = complete;
    }

    public static ExternalCheckOptions defaults() {
        Set<Integer> twoHundreds = IntStream.rangeClosed(200, 299).boxed().collect(Collectors.toSet());
        Limits limits = Limits.defaults();
        Map<String, HostRules> hosts = new TreeMap<>();
        GET_ONLY_HOSTS.forEach(host -> hosts.put(host, new HostRules(twoHundreds, true, limits.perHost())));
        EnumMap<LinkProblem, Severity> severities = new EnumMap<>(LinkProblem.class);
        for (LinkProblem problem : LinkProblem.values()) {
            severities.put(problem, problem == LinkProblem.BROKEN ? Severity.ERROR : Severity.WARNING);
        }
        return new ExternalCheckOptions(limits, twoHundreds, List.of(), hosts, DEFAULT_USER_AGENT, false, false,
                null, Duration.ofDays(7), severities);
    }

    /** The rules for {@code host}: its own entry, its parent domain's, or the general ones. */
    public HostRules rulesFor(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        while (true) {
            HostRules rules = hosts.get(name);
            if (rules != null) {
                return rules;
            }
            int dot = name.indexOf('.');
            if (dot < 0) {
                return new HostRules(acceptedCodes, false, limits.perHost());
            }
            name = name.substring(dot + 1);
        }
    }

    /** Whether {@code url} matches an exclude pattern: it is never requested. */
    public boolean excludes(String url) {
        return exclude.stream().anyMatch(pattern -> pattern.matcher(url).find());
    }

    public Severity severityOf(LinkProblem problem) {
        return severities.get(problem);
    }

    public ExternalCheckOptions withLimits(Limits newLimits) {
        return new ExternalCheckOptions(newLimits, acceptedCodes, exclude, hosts, userAgent, checkFragments, offline,
                cacheFile, cacheTtl, severities);
    }

    public ExternalCheckOptions withExclude(List<Pattern> patterns) {
        return new ExternalCheckOptions(limits, acceptedCodes, patterns, hosts, userAgent, checkFragments, offline,
                cacheFile, cacheTtl, severities);
    }

    public ExternalCheckOptions withHosts(Map<String, HostRules> rules) {
        return new ExternalCheckOptions(limits, acceptedCodes, exclude, rules, userAgent, checkFragments, offline,
                cacheFile, cacheTtl, severities);
    }

    public ExternalCheckOptions withUserAgent(String agent) {
        return new ExternalCheckOptions(limits, acceptedCodes, exclude, hosts, agent, checkFragments, offline,
                cacheFile, cacheTtl, severities);
    }

    public ExternalCheckOptions withCheckFragments(boolean check) {
        return new ExternalCheckOptions(limits, acceptedCodes, exclude, hosts, userAgent, check, offline,
                cacheFile, cacheTtl, severities);
    }

    public ExternalCheckOptions withOffline(boolean noNetwork) {
        return new ExternalCheckOptions(limits, acceptedCodes, exclude, hosts, userAgent, checkFragments, noNetwork,
                cacheFile, cacheTtl, severities);
    }

    public ExternalCheckOptions withCache(Path file, Duration ttl) {
        return new ExternalCheckOptions(limits, acceptedCodes, exclude, hosts, userAgent, checkFragments, offline,
                file, ttl, severities);
    }

    public ExternalCheckOptions withSeverity(LinkProblem problem, Severity severity) {
        EnumMap<LinkProblem, Severity> changed = new EnumMap<>(severities);
        changed.put(problem, severity);
        return new ExternalCheckOptions(limits, acceptedCodes, exclude, hosts, userAgent, checkFragments, offline,
                cacheFile, cacheTtl, changed);
    }

    /**
     * Time and connection limits.
     *
     * @param concurrency URLs checked at once, over all hosts
     * @param perHost requests in flight to one host at once (politeness; hosts may override it)
     * @param requestTimeout one request, from connecting to the last body byte read
     * @param urlBudget everything spent on one URL: redirects, retries and waits
     * @param retries further attempts after a timeout, a 5xx or a 429
     * @param backoff the first wait before a retry; it doubles each time, plus up to half again of jitter
     * @param retryAfterCap the longest {@code Retry-After} honoured; a server asking for more is not retried
     * @param maxRedirects hops followed before giving up
     * @param maxBodyBytes bytes of a page read to find its title, a bot wall or an anchor
     */
    public record Limits(int concurrency, int perHost, Duration requestTimeout, Duration urlBudget, int retries,
                         Duration backoff, Duration retryAfterCap, int maxRedirects, long maxBodyBytes) {

        public Limits {
            if (concurrency < 1 || perHost < 1 || retries < 0 || maxRedirects < 0 || maxBodyBytes < 1) {
                throw new IllegalArgumentException("limits must be positive: " + concurrency + ", " + perHost + ", "
                        + retries + ", " + maxRedirects + ", " + maxBodyBytes);
            }
            Objects.requireNonNull(requestTimeout, "requestTimeout");
            Objects.requireNonNull(urlBudget, "urlBudget");
            Objects.requireNonNull(backoff, "backoff");
            Objects.requireNonNull(retryAfterCap, "retryAfterCap");
        }

        public static Limits defaults() {
            return new Limits(32, 2, Duration.ofSeconds(10), Duration.ofSeconds(30), 3, Duration.ofMillis(500),
                    Duration.ofSeconds(10), 10, 1024 * 1024);
        }
    }

    /**
     * What differs for one host.
     *
     * @param acceptedCodes final HTTP codes that mean "the link works" on this host
     * @param getOnly skip HEAD: the host is known to answer it wrongly
     * @param maxConcurrency requests in flight to this host at once
     */
    public record HostRules(Set<Integer> acceptedCodes, boolean getOnly, int maxConcurrency) {

        public HostRules {
            acceptedCodes = Set.copyOf(acceptedCodes);
            if (maxConcurrency < 1) {
                throw new IllegalArgumentException("maxConcurrency must be positive: " + maxConcurrency);
            }
        }
    }
}
