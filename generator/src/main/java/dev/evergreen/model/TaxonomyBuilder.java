package dev.evergreen.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the terms of one taxonomy. Names that differ only in case or spacing share a slug and so
 * one term; the first name seen (in sorted source order) is the one displayed.
 */
final class TaxonomyBuilder {

    private final String name;
    private final String basePath;
    private final Map<String, Term> termsBySlug = new TreeMap<>();

    TaxonomyBuilder(String name, String basePath) {
        this.name = name;
        this.basePath = basePath;
    }

    List<Term> terms(List<String> names) {
        List<Term> terms = new ArrayList<>();
        for (String termName : names) {
            String slug = UrlPaths.termSlug(termName);
            if (slug.isEmpty()) {
                continue;
            }
            Term term = termsBySlug.computeIfAbsent(slug, s ->
                    new Term(termName.strip(), s, UrlPaths.directoryUrl(basePath, name + "/" + s)));
            if (!terms.contains(term)) {
                terms.add(term);
            }
        }
        return terms;
    }

    /** The taxonomy over the published items, each term's items in the order given (newest first). */
    Taxonomy build(List<Item> items, java.util.function.Function<Item, List<Term>> termsOf) {
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
        return new Taxonomy(name, UrlPaths.directoryUrl(basePath, name), terms, frozen);
    }
}
