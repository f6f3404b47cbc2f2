package dev.evergreen.build;

import dev.evergreen.check.ExternalCheckOptions;
import dev.evergreen.load.LinkSettings;

import dev.evergreen.finding.LinkProblem;
import dev.evergreen.finding.Severity;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Maps what the site (site.yml {@code links:}) and the build (CLI or Maven) ask for onto the external
 * checker's options; whatever neither says keeps the checker's own defaults.
 */
final class ExternalCheckSettings {

    private ExternalCheckSettings() {
    }

    static ExternalCheckOptions of(LinkSettings links, BuildOptions build) {
        ExternalCheckOptions defaults = ExternalCheckOptions.defaults();
        ExternalCheckOptions.Limits d = defaults.limits();
        ExternalCheckOptions.Limits limits = new ExternalCheckOptions.Limits(
                links.concurrency().orElse(d.concurrency()), links.perHost().orElse(d.perHost()),
                links.timeoutSeconds().isPresent() ? Duration.ofSeconds(links.timeoutSeconds().getAsInt()) : d.requestTimeout(),
                d.urlBudget(), d.retries(), d.backoff(), d.retryAfterCap(), d.maxRedirects(), d.maxBodyBytes());
        Set<Integer> accepted = links.accept().isEmpty() ? defaults.acceptedCodes() : new HashSet<>(links.accept());
        Map<String, ExternalCheckOptions.HostRules> hosts = new TreeMap<>(defaults.hosts());
        links.hosts().forEach((host, rule) -> hosts.put(host, new ExternalCheckOptions.HostRules(
                rule.accept().isEmpty() ? accepted : new HashSet<>(rule.accept()), rule.getOnly(),
                rule.concurrency().orElse(limits.perHost()))));
        Map<LinkProblem, Severity> severities = new EnumMap<>(defaults.severities());
        severities.putAll(links.severities());
        return new ExternalCheckOptions(limits, accepted, links.exclude(), hosts,
                links.userAgent().isEmpty() ? defaults.userAgent() : links.userAgent(), links.fragments(),
                build.offline(), build.linkCache(),
                links.cacheDays().isPresent() ? Duration.ofDays(links.cacheDays().getAsInt()) : defaults.cacheTtl(),
                severities);
    }
}
