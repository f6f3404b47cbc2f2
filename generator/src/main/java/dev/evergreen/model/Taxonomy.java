package dev.evergreen.model;

import java.util.List;
import java.util.Map;

/**
 * All terms of one taxonomy (tags or categories), sorted by name, each with its items newest first.
 *
 * @param name {@code tags} or {@code categories}
 * @param url the index page listing every term
 */
public record Taxonomy(String name, String url, List<Term> terms, Map<Term, List<Item>> itemsByTerm) {

    public Taxonomy {
        terms = List.copyOf(terms);
        itemsByTerm = Map.copyOf(itemsByTerm);
    }

    public List<Item> items(Term term) {
        return itemsByTerm.getOrDefault(term, List.of());
    }
}
