package dev.evergreen.postprocess;

import dev.evergreen.url.PercentDecoding;
import dev.evergreen.load.Asset;
import dev.evergreen.model.Item;
import dev.evergreen.model.Site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves what an author wrote relative to a Markdown file: {@code ../other.md#part} becomes the
 * other item's permalink, {@code img/diagram.png} next to the source becomes the asset's URL. Authors
 * write paths as their editor and GitHub preview them; readers get the published URLs.
 */
final class SourceLinks {

    private final Map<String, String> itemUrlBySource = new HashMap<>();
    /** Asset source path → its output path: the two differ for a Hexo post's asset folder. */
    private final Map<String, String> assets = new HashMap<>();
    private final String basePath;

    SourceLinks(Site site) {
        for (Item item : site.items()) {
            itemUrlBySource.put(item.source().slashPath(), item.url());
        }
        for (Asset asset : site.assets()) {
            assets.put(asset.sourceSlashPath(), asset.slashPath());
        }
        this.basePath = site.config().basePath();
    }

    /** The permalink of the page made from a source, if that source is published. */
    Optional<String> pageOf(String sourcePath) {
        return Optional.ofNullable(itemUrlBySource.get(sourcePath));
    }

    /** What a link written in {@code sourcePath} becomes, or empty when it is not relative to the source. */
    Resolution resolve(String sourcePath, String href) {
        if (!isRelativePath(href)) {
            return Resolution.UNCHANGED;
        }
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : href.substring(hash);
        int query = path.indexOf('?');
        String pathOnly = query < 0 ? path : path.substring(0, query);
        String target = joinRelative(sourcePath, decode(pathOnly));
        if (target == null) {
            return Resolution.UNCHANGED;
        }
        if (pathOnly.endsWith(".md")) {
            String url = itemUrlBySource.get(target);
            return url != null ? Resolution.to(url + fragment) : Resolution.missing(target);
        }
        String asset = assets.get(target);
        if (asset != null) {
            return Resolution.to(basePath + encodePath(asset) + (query < 0 ? "" : path.substring(query)) + fragment);
        }
        return Resolution.UNCHANGED;
    }

    private static boolean isRelativePath(String href) {
        if (href.isEmpty() || href.startsWith("#") || href.startsWith("/") || href.startsWith("?")) {
            return false;
        }
        int colon = href.indexOf(':');
        int slash = href.indexOf('/');
        return colon < 0 || (slash >= 0 && slash < colon);
    }

    /** {@code posts/a.md} + {@code ../img/x.png} → {@code img/x.png}; null when it climbs out of the root. */
    private static String joinRelative(String sourcePath, String relative) {
        int slash = sourcePath.lastIndexOf('/');
        String dir = slash < 0 ? "" : sourcePath.substring(0, slash + 1);
        try {
            URI resolved = new URI(null, null, "/" + dir, null).resolve(new URI(null, null, relative, null));
            String path = resolved.getPath();
            if (path == null || !path.startsWith("/") || path.startsWith("/..")) {
                return null;
            }
            return path.substring(1);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String decode(String path) {
        return PercentDecoding.decode(path).orElse(path);
    }

    private static String encodePath(String path) {
        try {
            return new URI(null, null, "/" + path, null).toASCIIString().substring(1);
        } catch (URISyntaxException e) {
            return path;
        }
    }

    /** The outcome of resolving one link: unchanged, rewritten, or a Markdown target that is not published. */
    record Resolution(String href, String missingSource) {
        static final Resolution UNCHANGED = new Resolution(null, null);

        static Resolution to(String href) {
            return new Resolution(href, null);
        }

        static Resolution missing(String source) {
            return new Resolution(null, source);
        }

        boolean rewritten() {
            return href != null;
        }
    }
}
