package dev.evergreen.render;

import dev.evergreen.model.Item;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The search index's entry of each item, kept by the renderer from one build to the next in the same
 * process: an entry costs an HTML parse and a tokenisation of the whole article, and a warm rebuild
 * after one edit needs only that item's again. An entry is reused while its item's source text is the
 * very same string: an unchanged file keeps its text object, an edited one gets a new one. Entries are
 * kept as UTF-8, the form they are written in (see {@link SearchIndex}).
 */
final class SearchDocuments {

    private final Map<String, Entry> byUrl = new ConcurrentHashMap<>();

    /** The entries of these items, in their order. */
    List<byte[]> documents(List<Item> items) {
        return items.parallelStream().map(this::document).toList();
    }

    private byte[] document(Item item) {
        return entry(item, () -> SearchIndex.plainText(item));
    }

    /**
     * Makes the entry of an item whose body was just parsed for its page, so that the index does not parse it
     * again. Thread-safe; a page rendered after its index shard only costs the tokenisation twice.
     */
    void prime(Item item, String plainText) {
        entry(item, () -> plainText);
    }

    private byte[] entry(Item item, Supplier<String> plainText) {
        String text = item.source().text();
        Entry entry = byUrl.get(item.url());
        if (entry == null || entry.text() != text) {
            entry = new Entry(text, SearchIndex.document(item, plainText.get()));
            byUrl.put(item.url(), entry);
        }
        return entry.document();
    }

    private record Entry(String text, byte[] document) {
    }
}
