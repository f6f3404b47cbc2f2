package dev.evergreen.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * One output file produced from a template.
 *
 * @param url the root-relative URL it is served at ({@code /tags/java/}, {@code /atom.xml})
 * @param outputPath the file path relative to the output directory ({@code tags/java/index.html})
 * @param content the rendered text (UTF-8 when written)
 * @param html whether it is an HTML page (post-processed and link-checked) rather than XML or text
 * @param template the template that rendered it, relative to the content root or as
 *     {@code theme:<name>/<file>}, so links a template wrote are reported at the template
 * @param bytes the UTF-8 content of an output that is not HTML and was produced as bytes, the search
 *     index: tens of megabytes that would otherwise be held as text and as bytes at once; then
 *     {@code content} is {@code null} and {@link #content()} decodes them. {@code null} for text.
 */
public record RenderedPage(String url, Path outputPath, String content, boolean html, String template, byte[] bytes) {

    public RenderedPage {
        if ((content == null) == (bytes == null)) {
            throw new IllegalArgumentException("a rendered page has either text or bytes: " + url);
        }
        if (html && content == null) {
            throw new IllegalArgumentException("an HTML page is post-processed as text: " + url);
        }
    }

    /** A page rendered as text. */
    public RenderedPage(String url, Path outputPath, String content, boolean html, String template) {
        this(url, outputPath, content, html, template, null);
    }

    /** The text, decoded again for an output produced as bytes: the build itself reads {@link #utf8()}. */
    @Override
    public String content() {
        return content != null ? content : new String(bytes, StandardCharsets.UTF_8);
    }

    /** The content as written: UTF-8. */
    public byte[] utf8() {
        return bytes != null ? bytes : content.getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes compare by content, as text does. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedPage page && url.equals(page.url) && outputPath.equals(page.outputPath)
                && Objects.equals(content, page.content) && html == page.html
                && Objects.equals(template, page.template) && Arrays.equals(bytes, page.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, outputPath, content, html, template, Arrays.hashCode(bytes));
    }
}
