package dev.evergreen.render.view;

import java.util.List;

/**
 * A taxonomy index: every term with how many items carry it.
 *
 * @param name {@code tags} or {@code categories}
 */
public record TaxonomyView(String name, String title, String url, List<TermCount> terms) {
}
