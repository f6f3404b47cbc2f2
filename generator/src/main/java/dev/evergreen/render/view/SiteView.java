package dev.evergreen.render.view;

import java.util.List;
import java.util.Map;

/**
 * The site as templates see it. Every URL is root-relative and starts with {@code basePath}.
 *
 * @param basePath the base URL's path, {@code /} or e.g. {@code /blog/}; templates prefix their own URLs with it
 * @param params the free-form {@code params} of {@code site.yml}
 * @param searchUrl the search page
 * @param linksVerified the day this build checked the site's links, or {@code null} when it did not check
 *     the outside world (offline, or external links skipped)
 * @param nav the top navigation: nav.yml's entries, else the top-level documentation sections
 * @param recordingsUrl the recordings index; {@code null} when the developer site has no recordings
 */
public record SiteView(String title, String description, String language, String basePath, String baseUrl,
                       String atomUrl, String rssUrl, String tagsUrl, String categoriesUrl, String archivesUrl,
                       Map<String, Object> params, String searchUrl, DateView linksVerified, List<TopNavLink> nav,
                       String recordingsUrl) {
}
