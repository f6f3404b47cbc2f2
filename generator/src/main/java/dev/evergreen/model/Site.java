package dev.evergreen.model;

import dev.evergreen.load.Asset;
import dev.evergreen.load.Kind;
import dev.evergreen.load.SiteConfig;

import java.util.List;

/**
 * The whole site, ready to render. Lists are sorted: dated items newest first (then by URL), pages by URL.
 *
 * @param items every published item of every channel
 * @param articles the developer channel's articles, newest first: the home page, feeds and archive list these
 * @param assets content files copied as they are
 * @param navigation the documentation sections' trees and the top navigation
 */
public record Site(SiteConfig config, List<Item> items, List<Item> articles, Taxonomy tags,
                   Taxonomy categories, List<Asset> assets, Navigation navigation) {

    public Site {
        items = List.copyOf(items);
        articles = List.copyOf(articles);
        assets = List.copyOf(assets);
    }

    public List<Item> ofKind(Kind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }

    /** The developer channel's recordings, newest first: the recordings index and its feed list these. */
    public List<Item> recordings() {
        return items.stream()
                .filter(i -> i.kind() == Kind.RECORDING && i.channel().equals(config.defaultChannel()))
                .toList();
    }

    /** A channel's dated items (articles and recordings), newest first: its own listing and feed. */
    public List<Item> channelItems(String channel) {
        return items.stream()
                .filter(i -> i.channel().equals(channel) && i.kind() != Kind.PAGE && i.date() != null)
                .toList();
    }
}
