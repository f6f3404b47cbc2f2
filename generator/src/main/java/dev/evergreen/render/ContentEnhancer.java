package dev.evergreen.render;

import dev.evergreen.url.PercentDecoding;
import dev.evergreen.load.Asset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes an item's body HTML comfortable to read, at build time: highlighted code, heading anchor links,
 * tables that scroll on small screens, images with their size and lazy loading, captioned figures.
 * Thread-safe; image sizes are read once per file.
 */
final class ContentEnhancer {

    /** Bodies without any of these need no parse at all. */
    private static final List<String> TRIGGERS = List.of("<pre", "<table", "<img", "<h2", "<h3", "<h4");

    private final Map<String, Path> assetFiles;
    private final String basePath;
    private final Map<Path, Optional<ImageSize>> sizes = new ConcurrentHashMap<>();

    ContentEnhancer(List<Asset> assets, String basePath) {
        this.assetFiles = assets.stream().collect(Collectors.toUnmodifiableMap(Asset::slashPath, Asset::file,
                (a, b) -> a));
        this.basePath = basePath;
    }

    /** @param sourcePath the Markdown file's slash path relative to the content root, images resolve against it */
    String enhance(String html, String sourcePath) {
        return enhance(html, sourcePath, text -> { });
    }

    /**
     * @param plainText given the body's text, as jsoup reads it, when the body had to be parsed: the search
     *     index needs it too, and one parse of an article is enough
     */
    String enhance(String html, String sourcePath, Consumer<String> plainText) {
        if (TRIGGERS.stream().noneMatch(html::contains)) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        plainText.accept(body.text());
        body.select("pre > code").forEach(ContentEnhancer::highlight);
        body.select("h2[id], h3[id], h4[id]").forEach(ContentEnhancer::anchor);
        body.select("table").forEach(table -> table.wrap(
                "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Table\"></div>"));
        for (Element img : body.select("img[src]")) {
            size(img, sourcePath);
            img.attr("loading", "lazy").attr("decoding", "async");
            figure(img);
        }
        return body.html();
    }

    private static void highlight(Element code) {
        String language = code.classNames().stream().filter(c -> c.startsWith("language-"))
                .map(c -> c.substring("language-".length())).findFirst().orElse("");
        Optional<CodeLanguage> known = CodeLanguage.named(language);
        if (known.isPresent()) {
            code.html(CodeHighlighter.highlight(known.get(), code.wholeText()));
        }
        if (!language.isEmpty() && code.parent() != null) {
            code.parent().attr("data-lang", language);
        }
    }

    private static void anchor(Element heading) {
        heading.appendElement("a").addClass("anchor").attr("href", "#" + heading.id())
                .attr("aria-label", "Link to this section: " + heading.text()).text("#");
    }

    private void size(Element img, String sourcePath) {
        if (img.hasAttr("width") || img.hasAttr("height")) {
            return;
        }
        localFile(img.attr("src"), sourcePath)
                .flatMap(file -> sizes.computeIfAbsent(file, readSize()))
                .ifPresent(size -> img.attr("width", String.valueOf(size.width()))
                        .attr("height", String.valueOf(size.height())));
    }

    private static Function<Path, Optional<ImageSize>> readSize() {
        return file -> {
            try {
                return ImageSize.of(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** The asset an image URL names: relative to the Markdown file, or root-relative (with or without the base path). */
    private Optional<Path> localFile(String src, String sourcePath) {
        String url = src.strip().replaceFirst("[?#].*$", "");
        if (url.isEmpty() || url.startsWith("//") || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return Optional.empty();
        }
        // A malformed escape names no file: the link check reports the image, this only sizes it.
        String decoded = PercentDecoding.decode(url).orElse(null);
        if (decoded == null) {
            return Optional.empty();
        }
        String relative;
        if (decoded.startsWith("/")) {
            relative = decoded.startsWith(basePath) ? decoded.substring(basePath.length()) : decoded.substring(1);
        } else {
            Path folder = Path.of(sourcePath).getParent();
            relative = (folder == null ? Path.of(decoded) : folder.resolve(decoded)).normalize().toString()
                    .replace('\\', '/');
        }
        return Optional.ofNullable(assetFiles.get(relative));
    }

    /** An image alone in its paragraph, with a Markdown title, becomes a figure captioned by that title. */
    private static void figure(Element img) {
        Element parent = img.parent();
        String caption = img.attr("title").strip();
        if (caption.isEmpty() || parent == null || !parent.normalName().equals("p") || !aloneIn(img, parent)) {
            return;
        }
        Element figure = new Element("figure");
        parent.replaceWith(figure);
        figure.appendChild(img);
        figure.appendElement("figcaption").text(caption);
        img.removeAttr("title");
    }

    private static boolean aloneIn(Element img, Element parent) {
        for (Node child : parent.childNodes()) {
            if (child != img && !(child instanceof TextNode text && text.isBlank())) {
                return false;
            }
        }
        return true;
    }
}
