package dev.evergreen.render;

import dev.evergreen.model.Item;

import java.util.List;

/**
 * A cheap 64-bit digest of what one output shows, computed when it is planned, so that a warm
 * rebuild renders only the outputs whose digest moved. An item contributes its permalink and its
 * source text: everything an item view holds derives from those, its source path and the site's
 * configuration, templates and options, and a rebuild that changes any of the latter (a renamed file is
 * one deleted and one added) renders in full anyway.
 */
final class Fingerprint {

    private static final long PRIME = 0x100000001b3L;

    private long value = 0xcbf29ce484222325L;

    Fingerprint add(Object part) {
        return add(part == null ? 0 : part.hashCode());
    }

    Fingerprint add(long part) {
        value = (value ^ part) * PRIME;
        value ^= value >>> 29;
        return this;
    }

    /** {@link String#hashCode()} is cached by each string, so an unchanged source costs nothing here. */
    /** The item's source text, and its body, which may also come from files its code blocks include. */
    Fingerprint add(Item item) {
        String text = item.source().text();
        String html = item.contentHtml();
        return add(item.url()).add(text.hashCode()).add(text.length()).add(html.hashCode()).add(html.length())
                .add(item.draft() ? 1 : 0);
    }

    Fingerprint addAll(List<Item> items) {
        add(items.size());
        for (Item item : items) {
            add(item);
        }
        return this;
    }

    long value() {
        return value;
    }
}
