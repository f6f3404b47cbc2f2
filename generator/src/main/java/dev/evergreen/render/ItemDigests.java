package dev.evergreen.render;

import dev.evergreen.model.Item;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The digest of each item of one plan, computed once: an article appears in its own page's fingerprint,
 * its neighbours', the home, archive, tag and category pages, the feeds and the search index, and hashing
 * every field each time made planning a 10,000-page site cost as much as a warm rebuild's model stage.
 * Items are immutable records, new in every model: keyed by identity, a digest can never be stale.
 * Not thread-safe: a plan is made on one thread.
 */
final class ItemDigests {

    private final Map<Item, Long> byItem = new IdentityHashMap<>();

    long of(Item item) {
        Long digest = byItem.get(item);
        if (digest == null) {
            digest = digest(item);
            byItem.put(item, digest);
        }
        return digest;
    }

    /** Everything an item's views show, whether or not its source text is still held. */
    private long digest(Item item) {
        Fingerprint f = new Fingerprint(this);
        String html = item.contentHtml();
        f.add(item.url()).add(item.source().slashPath()).add(item.kind().label()).add(item.channel())
                .add(item.title()).add(item.date()).add(item.updated()).add(item.slug())
                .add(item.description()).add(item.lang()).add(item.layout()).add(item.draft() ? 1 : 0)
                .add(html).add(html.length()).add(item.excerptHtml()).add(item.hasMoreMarker() ? 1 : 0)
                .add(item.readingMinutes()).add(String.valueOf(item.params())).add(String.valueOf(item.recording()));
        item.tags().forEach(t -> f.add(t.name()).add(t.url()));
        f.add(-1);
        item.categories().forEach(t -> f.add(t.name()).add(t.url()));
        f.add(-1);
        item.authors().forEach(f::add);
        f.add(-1);
        item.toc().forEach(h -> f.add(h.level()).add(h.id()).add(h.text()));
        f.add(-1);
        item.aliases().forEach(a -> f.add(a.url()));
        return f.add(-1).value();
    }
}
