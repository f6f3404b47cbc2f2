package dev.evergreen.load;

import dev.evergreen.finding.LinkProblem;
import dev.evergreen.finding.Severity;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The {@code links:} section of {@code site.yml}: how the content team wants its links judged. Absent
 * values keep the link check's own defaults, which live with the checker.
 *
 * @param exclude URLs matching any of these patterns are neither requested nor reported
 * @param userAgent sent with external requests; empty for the default
 * @param accept HTTP status codes that count as working; empty for 2xx
 * @param fragments whether {@code #fragment}s of external pages are checked
 * @param cacheDays how long a working external link is trusted before it is checked again
 * @param concurrency requests in flight at once
 * @param perHost requests in flight to one host at once
 * @param timeoutSeconds the limit of one request
 * @param severities per kind of problem, overriding the defaults for internal and external links alike
 * @param hosts rules for particular hosts (and their subdomains)
 */
public record LinkSettings(List<Pattern> exclude, String userAgent, List<Integer> accept, boolean fragments,
                           OptionalInt cacheDays, OptionalInt concurrency, OptionalInt perHost,
                           OptionalInt timeoutSeconds, Map<LinkProblem, Severity> severities,
                           Map<String, HostSetting> hosts) {

    public LinkSettings {
        exclude = List.copyOf(exclude);
        accept = List.copyOf(accept);
        severities = Map.copyOf(severities);
        hosts = Map.copyOf(hosts);
    }

    public static LinkSettings defaults() {
        return new LinkSettings(List.of(), "", List.of(), false, OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), Map.of(), Map.of());
    }

    /**
     * @param accept status codes that count as working on this host; empty for the site-wide ones
     * @param getOnly the host answers HEAD wrongly: ask with GET straight away
     * @param concurrency requests in flight to this host; empty for {@code perHost}
     */
    public record HostSetting(List<Integer> accept, boolean getOnly, OptionalInt concurrency) {

        public HostSetting {
            accept = List.copyOf(accept);
        }
    }
}
