package dev.evergreen.render.view;

import java.util.List;

/** One page of a paginated list (the home page, a term page). */
public record ListView(List<ItemView> items, Pagination pagination) {
}
