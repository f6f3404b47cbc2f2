package dev.evergreen.render;

import dev.evergreen.model.Item;

import java.util.ArrayList;
import java.util.List;

/**
 * Which part (shard) of the search index holds an item, so that editing one article rewrites one
 * shard instead of the whole index (27 MB on 10,000 articles). An item's shard is a hash of its URL,
 * the same in every JVM, so it moves only when the number of shards does; that number is a power of
 * two derived coarsely from the number of items (each shard holding {@value #MIN_ITEMS} to twice as
 * many), so it changes only when the site doubles or halves. A site of fewer than
 * {@code 2 * MIN_ITEMS} items has one shard. When the count doubles, each shard splits in two.
 */
final class SearchShards {

    static final int MIN_ITEMS = 128;

    private SearchShards() {
    }

    /** The number of shards for this many searchable items: 1, 2, 4, ... */
    static int count(int items) {
        return Integer.highestOneBit(Math.max(1, items / MIN_ITEMS));
    }

    /** The shard of the item at this URL, among {@code count} (a power of two). */
    static int of(String url, int count) {
        long hash = Digest.of(Digest.FNV_OFFSET, url);
        // FNV's low bits depend only on the low bits of each byte: fold the high bits in (MurmurHash3's finish).
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return (int) (hash & (count - 1));
    }

    /** The items of each shard, in their order among {@code items}; a shard may be empty. */
    static List<List<Item>> split(List<Item> items) {
        int count = count(items.size());
        List<List<Item>> shards = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            shards.add(new ArrayList<>());
        }
        for (Item item : items) {
            shards.get(of(item.url(), count)).add(item);
        }
        return shards.stream().map(List::copyOf).toList();
    }
}
