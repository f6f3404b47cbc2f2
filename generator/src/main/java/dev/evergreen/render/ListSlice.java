package dev.evergreen.render;

import dev.evergreen.model.Item;
import dev.evergreen.render.view.Pagination;

import java.util.ArrayList;
import java.util.List;

/** One page of a paginated list of items. A list with no items still has its first page. */
record ListSlice(String url, List<Item> items, Pagination pagination) {

    static List<ListSlice> of(List<Item> items, int perPage, String firstUrl, Routes routes) {
        int total = Math.max(1, (items.size() + perPage - 1) / perPage);
        List<ListSlice> slices = new ArrayList<>(total);
        for (int number = 1; number <= total; number++) {
            List<Item> page = items.subList((number - 1) * perPage, Math.min(items.size(), number * perPage));
            Pagination pagination = new Pagination(number, total,
                    number > 1 ? routes.listPage(firstUrl, number - 1) : null,
                    number < total ? routes.listPage(firstUrl, number + 1) : null);
            slices.add(new ListSlice(routes.listPage(firstUrl, number), page, pagination));
        }
        return slices;
    }
}
