package dev.evergreen.render;

import dev.evergreen.load.SiteConfig;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The URLs the render stage itself decides (list pages, feeds, archive) and the file each URL is
 * written to. Item and term URLs come from the model. The folder names are the site's: Evergreen's
 * own, or a Hexo blog's {@code pagination_dir} and {@code archive_dir}.
 */
final class Routes {

    static final String PAGINATION_DIR = "page";
    static final String ARCHIVE_DIR = "archives";

    private final String basePath;
    private final String decodedBasePath;
    private final String paginationDir;
    private final String archiveDir;
    /** Hexo's {@code pretty_urls.trailing_html: false}: page URLs lost their {@code .html}, their files keep it. */
    private final boolean htmlDroppedFromUrls;

    Routes(String basePath, String paginationDir, String archiveDir, boolean htmlDroppedFromUrls) {
        this.basePath = basePath;
        this.decodedBasePath = URI.create(basePath).getPath();
        this.paginationDir = paginationDir;
        this.archiveDir = archiveDir;
        this.htmlDroppedFromUrls = htmlDroppedFromUrls;
    }

    Routes(String basePath) {
        this(basePath, PAGINATION_DIR, ARCHIVE_DIR, false);
    }

    static Routes of(SiteConfig config) {
        return config.hexo()
                .map(hexo -> new Routes(config.basePath(), hexo.paginationDir(), hexo.archiveDir(), !hexo.trailingHtml()))
                .orElseGet(() -> new Routes(config.basePath()));
    }

    String home() {
        return basePath;
    }

    /** Page {@code number} of a list whose first page is {@code first}: {@code first}, then {@code first/page/2/}. */
    String listPage(String first, int number) {
        return number == 1 ? first : first + encode(paginationDir) + "/" + number + "/";
    }

    String archives() {
        return basePath + encode(archiveDir) + "/";
    }

    /** A Hexo blog's archive of one year: {@code archives/2023/}. */
    String archives(int year) {
        return archives() + year + "/";
    }

    /** A Hexo blog's archive of one month, zero-padded as Hexo writes it: {@code archives/2023/06/}. */
    String archives(int year, int month) {
        return archives(year) + String.format(Locale.ROOT, "%02d", month) + "/";
    }

    /** Folder names come from configuration and may hold any character; URLs are percent-encoded. */
    private static String encode(String folder) {
        try {
            return new URI(null, null, folder, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a folder name: " + folder, e);
        }
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
     * is served at the base URL), {@code index.html} appended to folder URLs, and {@code .html} to URLs
     * without an extension when the blog drops it from URLs.
     */
    Path outputPath(String url) {
        String path = URI.create(url).getPath();
        String relative = path.startsWith(decodedBasePath)
                ? path.substring(decodedBasePath.length())
                : path.replaceFirst("^/+", "");
        if (relative.isEmpty() || relative.endsWith("/")) {
            return Path.of(relative + "index.html");
        }
        boolean extensionless = relative.lastIndexOf('.') <= relative.lastIndexOf('/');
        return Path.of(htmlDroppedFromUrls && extensionless ? relative + ".html" : relative);
    }
}
