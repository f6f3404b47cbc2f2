package dev.evergreen.render;

import dev.evergreen.model.Item;
import dev.evergreen.render.view.ItemLink;
import dev.evergreen.render.view.Pagination;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A cheap 64-bit digest of what one output shows, computed when it is planned, so that a rebuild
 * renders only the outputs whose digest moved. An item contributes every field its views show; a page
 * rendered with a template, that template's {@link TemplateDigests digest}. What is left out (the site's
 * configuration and the build's options) makes a rebuild render in full anyway.
 *
 * <p>The digest is stored by the on-disk build cache, so every part must hash the same in every JVM:
 * strings ({@link String#hashCode()} is specified, and cached by each string, so an unchanged text costs
 * nothing here) and numbers, never an enum's, a path's or a record's identity-based or unspecified
 * {@code hashCode}. The few small values without a specified hash (an item's recording, its
 * {@code params}) go in by their text.
 */
final class Fingerprint {

    private static final long PRIME = 0x100000001b3L;

    private final ItemDigests items;
    private long value = Digest.FNV_OFFSET;

    /** @param items where the digest of each item is kept, so that the thousand lists showing it hash it once */
    Fingerprint(ItemDigests items) {
        this.items = items;
    }

    Fingerprint add(String part) {
        return add(part == null ? 0 : part.hashCode());
    }

    Fingerprint add(long part) {
        value = (value ^ part) * PRIME;
        value ^= value >>> 29;
        return this;
    }

    /** An item: everything its views show, digested once per plan. */
    Fingerprint add(Item item) {
        return add(items.of(item));
    }

    Fingerprint addAll(List<Item> items) {
        add(items.size());
        for (Item item : items) {
            add(item);
        }
        return this;
    }

    Fingerprint add(ZonedDateTime time) {
        return time == null ? add(0) : add(time.toEpochSecond()).add(time.getNano()).add(time.getZone().getId());
    }

    Fingerprint add(ItemLink link) {
        return link == null ? add(0) : add(link.title()).add(link.url());
    }

    Fingerprint add(Pagination pagination) {
        return add(pagination.current()).add(pagination.total()).add(pagination.previousUrl()).add(pagination.nextUrl());
    }

    long value() {
        return value;
    }
}
