package dev.evergreen.check;

import dev.evergreen.finding.SourcePos;

/**
 * One place a URL is used: the Markdown (or template) line that wrote it and the page it appears on.
 * A URL used on many pages is checked once and reported at each use.
 *
 * @param url the URL as it appears in the generated HTML
 * @param page the root-relative URL of the generated page
 */
public record LinkUse(String url, SourcePos pos, String page) {
}
