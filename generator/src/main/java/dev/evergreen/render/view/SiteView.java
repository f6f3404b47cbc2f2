package dev.evergreen.render.view;

import java.util.Map;

/**
 * The site as templates see it. Every URL is root-relative and starts with {@code basePath}.
 *
 * @param basePath the base URL's path, {@code /} or e.g. {@code /blog/}; templates prefix their own URLs with it
 * @param params the free-form {@code params} of {@code site.yml}
 * @param searchUrl the search page
 * @param linksVerified the day this build checked the site's links, or {@code null} when it did not check
 *     the outside world (offline, or external links skipped)
 */
public record SiteView(String title, String description, String language, String basePath, String baseUrl,
                       String atomUrl, String rssUrl, String tagsUrl, String categoriesUrl, String archivesUrl,
                       Map<String, Object> params, String searchUrl, DateView linksVerified) {
}
