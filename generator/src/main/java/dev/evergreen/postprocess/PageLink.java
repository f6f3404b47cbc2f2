package dev.evergreen.postprocess;

import dev.evergreen.finding.SourcePos;

/**
 * A reference from a generated page to another resource, as the link check needs it.
 *
 * @param href the URL as published (after rewriting {@code .md} links to permalinks)
 * @param written the URL as the author wrote it, which is what findings quote
 * @param pos the Markdown line that wrote it, or the template for links a theme wrote
 * @param unresolvedSource set when the author linked a Markdown file that is not published
 *     (missing, or a draft); the check reports it as broken with this reason
 */
public record PageLink(String href, String written, SourcePos pos, String unresolvedSource) {
}
