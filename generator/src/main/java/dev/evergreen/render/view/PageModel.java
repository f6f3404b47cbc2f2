package dev.evergreen.render.view;

import dev.evergreen.model.Term;

import java.util.List;

/**
 * The root of every template's data model. Each page kind fills its own part and leaves the rest
 * {@code null}: an item page has {@code item}, a list page {@code list}, a term page {@code term}
 * and {@code list}, the taxonomy index {@code taxonomy}, the archive {@code years}, the recordings index
 * {@code recordings}, a channel's listing {@code channel} and {@code list}. A page of a documentation
 * section also has {@code docs}.
 */
public record PageModel(SiteView site, PageMeta page, ItemView item, ListView list, TaxonomyView taxonomy,
                        Term term, List<YearGroup> years, DocView docs, List<RecordingYear> recordings,
                        ChannelView channel) {
}
