package dev.evergreen.check;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.Severity;
import dev.evergreen.load.Channel;
import dev.evergreen.load.SiteConfig;
import dev.evergreen.postprocess.PageLink;
import dev.evergreen.postprocess.ProcessedPage;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Finds links from one channel's pages into another channel, such as a deep-dive linking a marketing
 * announcement. A channel's pages are the ones under its path, or on its own site's base URL; the developer
 * channel has the rest.
 * How much a crossing matters is the linking channel's {@code crossLinks} (the developer channel: a
 * warning; the others: not reported).
 */
public final class ChannelCrossings {

    private final URI baseUrl;
    private final String basePath;
    /** In the order site.yml names them; the first is the developer channel. */
    private final List<Channel> channels;
    private final Channel developer;
    /** The last segment of each other channel's path: a developer page's link can only reach it by naming it. */
    private final List<String> otherChannelSegments;
    private final ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();

    public ChannelCrossings(SiteConfig config) {
        this.baseUrl = config.baseUrl();
        this.basePath = URI.create(config.basePath()).getPath();
        this.channels = config.channels().stream().map(config::channel).toList();
        this.developer = config.channel(config.defaultChannel());
        this.otherChannelSegments = channels.stream().filter(c -> !c.equals(developer) && !c.path().isEmpty())
                .map(c -> lastSegment(c.path())).toList();
    }

    private static String lastSegment(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** Looks at one written page's links; thread-safe. */
    public void add(ProcessedPage page) {
        if (channels.size() < 2) {
            return;
        }
        Channel from = channelOf(decodedPath(baseUrl.resolve(page.url())));
        Optional<Severity> severity = from.crossLinks();
        if (severity.isEmpty()) {
            return;
        }
        for (PageLink link : page.links()) {
            if (link.href().startsWith("#") || from.equals(developer) && staysInDeveloperChannel(link.href())) {
                continue;
            }
            target(page.url(), link.href())
                    .filter(to -> !to.name().equals(from.name()))
                    .ifPresent(to -> findings.add(new ContentFinding(link.pos(), severity.get(), "cross-channel",
                            link.written() + " crosses into the " + to.name() + " channel; the " + from.name()
                                    + " channel stays apart from it (link a " + from.name()
                                    + " page instead, or set channels." + from.name() + ".crossLinks in site.yml)")));
        }
    }

    /**
     * True when a developer page's link cannot lead into another channel, decided without resolving it (a
     * site's pages carry thousands of links). Resolving against a developer page's folder, which is in no
     * other channel's path, can only reach one if the link itself names that path's last segment; a link with
     * a scheme, a host or percent-escapes is resolved in full.
     */
    private boolean staysInDeveloperChannel(String href) {
        if (href.indexOf(':') >= 0 || href.startsWith("//") || href.indexOf('%') >= 0 || href.indexOf('\\') >= 0) {
            return false;
        }
        for (String segment : otherChannelSegments) {
            if (href.contains(segment)) {
                return false;
            }
        }
        return true;
    }

    /** Every crossing found, by position. */
    public List<Finding> findings() {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::pos).thenComparing(Finding::detail));
        return List.copyOf(sorted);
    }

    /** The channel a link leads into: one published as a site of its own by its URL, the others by their path. */
    private Optional<Channel> target(String pageUrl, String href) {
        try {
            URI target = baseUrl.resolve(pageUrl).resolve(new URI(href.replace(" ", "%20")));
            Optional<Channel> ownSite = channels.stream()
                    .filter(c -> c.site().isPresent() && c.site().get().serves(target.toString())).findFirst();
            if (ownSite.isPresent()) {
                return ownSite;
            }
            boolean sameSite = target.getHost() == null || target.getHost().equalsIgnoreCase(baseUrl.getHost());
            return sameSite && target.getRawPath() != null ? Optional.of(channelOf(decodedPath(target))) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Channel channelOf(String path) {
        for (Channel channel : channels) {
            if (!channel.path().isEmpty() && path.startsWith(basePath + channel.path())) {
                return channel;
            }
        }
        return developer;
    }

    private static String decodedPath(URI uri) {
        return uri.getPath() == null ? "" : uri.getPath();
    }
}
