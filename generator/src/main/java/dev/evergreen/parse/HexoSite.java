package dev.evergreen.parse;

import dev.evergreen.load.Asset;
import dev.evergreen.load.HexoSettings;
import dev.evergreen.load.HexoSlugs;
import dev.evergreen.load.LoadedContent;
import dev.evergreen.load.Source;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What Hexo's tags look up beyond the page itself: the posts by slug (for {@code post_link}), their
 * titles, and the files of the blog (for the {@code asset_*} tags and {@code include_code}).
 *
 * @param basePath the site's {@code root}, which root-relative URLs start with
 * @param contentRoot the blog's {@code source/} folder
 * @param postsBySlug a post's slug, and its path under {@code _posts} without extension → its source path
 * @param titles source path → title, for posts that have one
 * @param files the source paths of every non-Markdown file
 */
record HexoSite(HexoSettings settings, String basePath, Path contentRoot, Map<String, String> postsBySlug,
                Map<String, String> titles, Set<String> files) {

    private static final String POSTS = "_posts/";

    static HexoSite of(LoadedContent content, HexoSettings settings) {
        Map<String, String> bySlug = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (Source source : content.sources()) {
            String path = source.slashPath();
            if (!path.startsWith(POSTS)) {
                continue;
            }
            String stem = HexoSlugs.stripExtension(path.substring(POSTS.length()));
            Map<String, Object> values = frontMatter(source);
            Object slug = values.get("slug");
            bySlug.putIfAbsent(stem, path);
            bySlug.put(slug != null ? String.valueOf(slug) : HexoSlugs.fromFileName(stem, settings.newPostName()), path);
            Object title = values.get("title");
            if (title != null) {
                titles.put(path, String.valueOf(title));
            }
        }
        Set<String> files = new HashSet<>();
        for (Asset asset : content.assets()) {
            files.add(asset.sourceSlashPath());
        }
        return new HexoSite(settings, content.config().basePath(), content.root(), Map.copyOf(bySlug),
                Map.copyOf(titles), Set.copyOf(files));
    }

    /** The front matter values of a post, or none when they cannot be read (its own parse reports why). */
    private static Map<String, Object> frontMatter(Source source) {
        FrontMatterBlock block = FrontMatterBlock.of(source.text());
        if (!block.present()) {
            return Map.of();
        }
        try {
            return YamlFrontMatter.read(block.yaml(), source.path()).values();
        } catch (YamlFrontMatter.UnreadableYaml e) {
            return Map.of();
        }
    }

    /** The path of a file relative to the folder of {@code sourcePath}, as a link in it would be written. */
    static String relativeTo(String sourcePath, String target) {
        Path folder = Path.of(sourcePath).getParent();
        String relative = folder == null ? target : folder.relativize(Path.of(target)).toString().replace('\\', '/');
        return UrlText.encodePath(relative);
    }

    /** The source path of a file in a post's asset folder ({@code _posts/a.md} + {@code x.png} → {@code _posts/a/x.png}). */
    static String assetOf(String sourcePath, String name) {
        return HexoSlugs.stripExtension(sourcePath) + "/" + name;
    }
}
