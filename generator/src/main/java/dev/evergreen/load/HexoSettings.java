package dev.evergreen.load;

import java.util.List;
import java.util.Map;

/**
 * The parts of a Hexo {@code _config.yml} that have no Evergreen equivalent in {@link SiteConfig}: how
 * Hexo lays out a blog and names its URLs. Read by {@code HexoConfigReader}, with Hexo's own defaults.
 *
 * @param permalinkDefaults values of permalink variables a post does not set ({@code lang: en})
 * @param trailingIndex {@code pretty_urls.trailing_index}: keep {@code index.html} at the end of page URLs
 * @param trailingHtml {@code pretty_urls.trailing_html}: keep {@code .html} at the end of URLs
 * @param newPostName the file name pattern of posts ({@code :title.md}), which the slug is read back from
 * @param defaultCategory the {@code :category} of posts without one
 * @param categoryMap category name → its slug
 * @param tagMap tag name → its slug
 * @param postAssetFolder a post's folder of the same name holds its assets, published beside it
 * @param relativeLink publish links relative to the page that holds them instead of root-relative
 * @param future publish future-dated posts
 * @param renderDrafts publish {@code source/_drafts}
 * @param filenameCase 0 keeps slugs as written, 1 lowercases them, 2 uppercases them
 * @param paginationDir the folder of list pages after the first ({@code page} → {@code /page/2/})
 * @param skipRender globs of files under {@code source/} copied without being rendered
 * @param exclude globs of files under {@code source/} never read
 * @param include globs of hidden files ({@code _name}, {@code .name}) read nevertheless
 * @param codeDir where {@code include_code} reads from, under {@code source/}
 * @param marked the options of Hexo's Markdown renderer that change the output
 */
public record HexoSettings(Map<String, String> permalinkDefaults, boolean trailingIndex, boolean trailingHtml,
                           String newPostName, String defaultCategory, Map<String, String> categoryMap,
                           Map<String, String> tagMap, boolean postAssetFolder, boolean relativeLink,
                           boolean future, boolean renderDrafts, int filenameCase, String paginationDir,
                           String tagDir, String categoryDir, String archiveDir, List<String> skipRender,
                           List<String> exclude, List<String> include, String codeDir, Marked marked) {

    public HexoSettings {
        permalinkDefaults = Map.copyOf(permalinkDefaults);
        categoryMap = Map.copyOf(categoryMap);
        tagMap = Map.copyOf(tagMap);
        skipRender = List.copyOf(skipRender);
        exclude = List.copyOf(exclude);
        include = List.copyOf(include);
    }

    /**
     * hexo-renderer-marked's options that change the HTML.
     *
     * @param gfm GitHub-flavoured Markdown (tables, strikethrough, task lists)
     * @param breaks a line break in a paragraph is a {@code <br>}
     * @param autolink bare URLs become links
     * @param prependRoot root-relative links and images get the {@code root} in front
     * @param postAsset image paths in a post resolve to its asset folder
     */
    public record Marked(boolean gfm, boolean breaks, boolean autolink, boolean prependRoot, boolean postAsset) {
    }
}
