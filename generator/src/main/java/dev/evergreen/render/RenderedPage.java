package dev.evergreen.render;

import java.nio.file.Path;

/**
 * One output file produced from a template.
 *
 * @param url the root-relative URL it is served at ({@code /tags/java/}, {@code /atom.xml})
 * @param outputPath the file path relative to the output directory ({@code tags/java/index.html})
 * @param content the rendered text (UTF-8 when written)
 * @param html whether it is an HTML page (post-processed and link-checked) rather than XML or text
 * @param template the template that rendered it, relative to the content root or as
 *     {@code theme:<name>/<file>}, so links a template wrote are reported at the template
 */
public record RenderedPage(String url, Path outputPath, String content, boolean html, String template) {
}
