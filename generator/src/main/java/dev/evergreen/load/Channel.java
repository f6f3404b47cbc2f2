package dev.evergreen.load;

import dev.evergreen.finding.Severity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One channel of {@code site.yml}: a part of the site with its own listing and feed, kept apart from the
 * others. The developer channel (the first) is the site itself; its path is empty.
 *
 * @param title shown on the channel's listing and feed
 * @param path where the channel is published, relative to the base path, ending in {@code /} ({@code news/});
 *             empty for the developer channel
 * @param feed whether the channel has its own Atom feed at {@code <path>atom.xml}
 * @param crossLinks how much a link from this channel's pages into another channel matters; empty: not reported
 * @param avoid phrases that do not belong in this channel's prose
 * @param site where the channel is published when it is a site of its own; empty: under {@code path}
 */
public record Channel(String name, String title, String path, boolean feed, Optional<Severity> crossLinks,
                      List<ProsePhrase> avoid, Optional<ChannelSite> site) {

    public Channel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(crossLinks, "crossLinks");
        avoid = List.copyOf(avoid);
        Objects.requireNonNull(site, "site");
    }
}
