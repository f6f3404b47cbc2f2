package dev.evergreen.render;

import java.net.URI;
import java.nio.file.Path;

/**
 * The URLs the render stage itself decides (list pages, feeds, archive) and the file each URL is
 * written to. Item and term URLs come from the model.
 */
final class Routes {

    private final String basePath;
    private final String decodedBasePath;

    Routes(String basePath) {
        this.basePath = basePath;
        this.decodedBasePath = URI.create(basePath).getPath();
    }

    String home() {
        return basePath;
    }

    /** Page {@code number} of a list whose first page is {@code first}: {@code first}, then {@code first/page/2/}. */
    String listPage(String first, int number) {
        return number == 1 ? first : first + "page/" + number + "/";
    }

    String archives() {
        return basePath + "archives/";
    }

    /** The recordings index; its feed is {@code atom.xml} inside it. */
    String recordings() {
        return basePath + "recordings/";
    }

    String search() {
        return basePath + "search/";
    }

    /** A file at the site's root: {@code atom.xml}, {@code 404.html}, {@code assets/evergreen.css}. */
    String file(String relative) {
        return basePath + relative;
    }

    /**
     * The output file of a URL: percent-decoded, relative to the base path (the output folder is what
     * is served at the base URL), {@code index.html} appended to folder URLs.
     */
    Path outputPath(String url) {
        String path = URI.create(url).getPath();
        String relative = path.startsWith(decodedBasePath)
                ? path.substring(decodedBasePath.length())
                : path.replaceFirst("^/+", "");
        return Path.of(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative);
    }
}
