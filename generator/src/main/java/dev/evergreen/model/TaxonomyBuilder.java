package dev.evergreen.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Collects the terms of one taxonomy. Terms with the same slug are one term (names that differ only in
 * case or spacing, under Evergreen's scheme); the first name seen (in sorted source order) is displayed.
 */
final class TaxonomyBuilder {

    private final String name;
    private final String url;
    private final Map<String, Term> termsBySlug = new TreeMap<>();

    /** @param url the taxonomy's index page */
    TaxonomyBuilder(String name, String url) {
        this.name = name;
        this.url = url;
    }

    /** The terms of one item, each the one shared instance for its slug. */
    List<Term> terms(List<Term> candidates) {
        List<Term> terms = new ArrayList<>();
        for (Term candidate : candidates) {
            Term term = termsBySlug.computeIfAbsent(candidate.slug(), s -> candidate);
            if (!terms.contains(term)) {
                terms.add(term);
            }
        }
        return terms;
    }

    /** The taxonomy over the published items, each term's items in the order given (newest first). */
    Taxonomy build(List<Item> items, Function<Item, List<Term>> termsOf) {
        Map<Term, List<Item>> byTerm = new LinkedHashMap<>();
        for (Item item : items) {
            for (Term term : termsOf.apply(item)) {
                byTerm.computeIfAbsent(term, t -> new ArrayList<>()).add(item);
            }
        }
        List<Term> terms = byTerm.keySet().stream()
                .sorted(Comparator.comparing(Term::slug))
                .toList();
        Map<Term, List<Item>> frozen = new LinkedHashMap<>();
        terms.forEach(t -> frozen.put(t, List.copyOf(byTerm.get(t))));
        return new Taxonomy(name, url, terms, frozen);
    }
}
