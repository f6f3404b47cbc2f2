package dev.evergreen.parse;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * The YAML front matter of one file, typed. Keys follow Hexo, Jekyll and Hugo. Absent scalar values are
 * {@code null}, absent lists are empty.
 *
 * @param date the {@code date} key, read in the site's time zone when it carries none
 * @param kind the {@code kind} key as written ({@code article}, {@code recording}, {@code page}); checked by the model
 * @param extra every key not listed here, as parsed, for templates ({@code page.params.x})
 * @param lines the 1-based source line of every top-level key, so later stages report at the key's line
 * @param categoryPaths {@code categories} as Hexo reads them: a flat list is one path from parent to child
 *     ({@code [a, b]}: b inside a), a list holding lists is one path per element ({@code [[a, b], c]})
 */
public record FrontMatter(String title, ZonedDateTime date, ZonedDateTime updated, List<String> tags,
                          List<String> categories, boolean draft, String slug, String permalink,
                          List<String> aliases, String description, List<String> authors, String lang,
                          String channel, String kind, String layout, Map<String, Object> extra,
                          Map<String, Integer> lines, List<List<String>> categoryPaths) {

    public FrontMatter {
        tags = List.copyOf(tags);
        categories = List.copyOf(categories);
        aliases = List.copyOf(aliases);
        authors = List.copyOf(authors);
        extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
        lines = Map.copyOf(lines);
        categoryPaths = categoryPaths.stream().map(List::copyOf).toList();
    }

    public static FrontMatter empty() {
        return new FrontMatter(null, null, null, List.of(), List.of(), false, null, null, List.of(), null,
                List.of(), null, null, null, null, Map.of(), Map.of(), List.of());
    }

    /** The line of a key, or {@code fallback} when the key is absent. */
    public int lineOf(String key, int fallback) {
        return lines.getOrDefault(key, fallback);
    }
}
