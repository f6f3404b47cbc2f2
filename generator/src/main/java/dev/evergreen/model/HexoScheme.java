package dev.evergreen.model;

import dev.evergreen.load.Asset;
import dev.evergreen.load.HexoSettings;
import dev.evergreen.load.HexoSlugs;
import dev.evergreen.load.Kind;
import dev.evergreen.load.SiteConfig;
import dev.evergreen.load.Source;
import dev.evergreen.parse.FrontMatter;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hexo's scheme, so that a blog moved from Hexo keeps every URL: posts in {@code _posts} (drafts in
 * {@code _drafts}) follow the {@code permalink} pattern, other Markdown files are pages at their path
 * with {@code .html}, terms live under {@code tag_dir} and {@code category_dir} with Hexo's slugs, and
 * a post's asset folder is published beside the post.
 */
final class HexoScheme implements UrlScheme {

    private static final String POSTS = "_posts/";
    private static final String DRAFTS = "_drafts/";
    private static final String INDEX_HTML = "index.html";

    private final SiteConfig config;
    private final HexoSettings hexo;
    private final HexoPermalink permalink;

    HexoScheme(SiteConfig config, HexoSettings hexo) {
        this.config = config;
        this.hexo = hexo;
        this.permalink = new HexoPermalink(hexo, config.timeZone());
    }

    private static boolean isPost(Source source) {
        String path = source.slashPath();
        return path.startsWith(POSTS) || path.startsWith(DRAFTS);
    }

    @Override
    public Optional<Kind> kindByPath(Source source) {
        return Optional.of(isPost(source) ? Kind.ARTICLE : Kind.PAGE);
    }

    @Override
    public boolean isDraft(Source source, FrontMatter fm) {
        return fm.draft() || source.slashPath().startsWith(DRAFTS);
    }

    @Override
    public String slugOf(Source source, FrontMatter fm) {
        if (fm.slug() != null && !fm.slug().isBlank()) {
            return fm.slug();
        }
        if (!isPost(source)) {
            return source.baseName();
        }
        String underPosts = source.slashPath().substring(source.slashPath().indexOf('/') + 1);
        return HexoSlugs.fromFileName(HexoSlugs.stripExtension(underPosts), hexo.newPostName());
    }

    @Override
    public String urlOf(Source source, FrontMatter fm, Kind kind, String slug, String title, ZonedDateTime date,
                        List<Term> categories) {
        String path;
        boolean own = fm.permalink() != null && !fm.permalink().isBlank();
        if (kind == Kind.PAGE) {
            path = own ? fm.permalink() : HexoSlugs.stripExtension(source.slashPath()) + ".html";
            if (path.endsWith("/")) {
                path += INDEX_HTML;
            }
        } else if (own) {
            path = fm.permalink();
            if (hexo.postAssetFolder() && !path.endsWith("/") && !path.endsWith(".html")) {
                path += "/";
            }
        } else {
            path = permalink.expand(config.permalink(), fm, slug, title, date, categories);
        }
        boolean index = path.equals(INDEX_HTML) || path.endsWith("/" + INDEX_HTML);
        if (!hexo.trailingIndex() && index) {
            path = path.substring(0, path.length() - INDEX_HTML.length());
        } else if (!hexo.trailingHtml() && !index && path.endsWith(".html")) {
            // As Hexo's pretty_urls: the URL loses .html, the file written keeps it (see Routes.outputPath).
            path = path.substring(0, path.length() - ".html".length());
        }
        return UrlPaths.encodePath((config.basePath() + path.replaceFirst("^/+", "")).replaceAll("/{2,}", "/"));
    }

    @Override
    public String layoutOf(FrontMatter fm, Kind kind) {
        if (fm.layout() == null || fm.layout().equals("false") || fm.layout().equals("post") || fm.layout().equals("page")) {
            return kind.label();
        }
        return fm.layout();
    }

    @Override
    public String taxonomyUrl(String taxonomy) {
        return UrlPaths.directoryUrl(config.basePath(), taxonomy.equals("tags") ? hexo.tagDir() : hexo.categoryDir());
    }

    @Override
    public List<Term> tagTerms(List<String> names) {
        List<Term> terms = new ArrayList<>();
        for (String name : names) {
            String slug = slug(name, hexo.tagMap());
            if (!slug.isEmpty()) {
                terms.add(new Term(name, slug, UrlPaths.directoryUrl(config.basePath(), hexo.tagDir() + "/" + slug)));
            }
        }
        return terms;
    }

    /** Every level of every category path is a term; a child's slug is its parent's, a slash, and its own. */
    @Override
    public List<Term> categoryTerms(FrontMatter fm) {
        List<Term> terms = new ArrayList<>();
        for (List<String> path : fm.categoryPaths()) {
            String parent = "";
            for (String name : path) {
                String own = slug(name, hexo.categoryMap());
                if (own.isEmpty()) {
                    break;
                }
                String slug = parent + own;
                terms.add(new Term(name, slug, UrlPaths.directoryUrl(config.basePath(), hexo.categoryDir() + "/" + slug)));
                parent = slug + "/";
            }
        }
        return terms;
    }

    private String slug(String name, Map<String, String> map) {
        return HexoSlugs.slugize(map.getOrDefault(name, name), hexo.filenameCase());
    }

    /**
     * With {@code post_asset_folder}, the files in {@code _posts/<post>/} are published in the post's
     * own folder ({@code .html} permalinks lose the extension, as in Hexo); files of unpublished posts
     * are left out. Without it Hexo ignores every non-Markdown file under {@code _posts}.
     */
    @Override
    public List<Asset> published(List<Asset> assets, List<Item> items) {
        Map<String, Item> postsBySourceStem = new HashMap<>();
        for (Item item : items) {
            if (isPost(item.source())) {
                postsBySourceStem.put(HexoSlugs.stripExtension(item.source().slashPath()), item);
            }
        }
        List<Asset> published = new ArrayList<>();
        for (Asset asset : assets) {
            String source = asset.sourceSlashPath();
            if (!source.startsWith(POSTS) && !source.startsWith(DRAFTS)) {
                published.add(asset);
            } else if (hexo.postAssetFolder()) {
                ownerOf(source, postsBySourceStem).ifPresent(owner -> published.add(new Asset(
                        Path.of(folderOf(owner) + source.substring(HexoSlugs.stripExtension(
                                owner.source().slashPath()).length() + 1)), asset.file(), asset.source())));
            }
        }
        return published;
    }

    /** The post whose asset folder holds the file: the longest folder of the file's path that is a post. */
    private static Optional<Item> ownerOf(String assetSource, Map<String, Item> postsBySourceStem) {
        for (int slash = assetSource.lastIndexOf('/'); slash > 0; slash = assetSource.lastIndexOf('/', slash - 1)) {
            Item owner = postsBySourceStem.get(assetSource.substring(0, slash));
            if (owner != null) {
                return Optional.of(owner);
            }
        }
        return Optional.empty();
    }

    /** The output folder of a post, relative to the output root: its URL path without root and {@code .html}. */
    private String folderOf(Item post) {
        String path = URI.create(post.url()).getPath();
        String root = URI.create(config.basePath()).getPath();
        String relative = path.startsWith(root) ? path.substring(root.length()) : path.replaceFirst("^/+", "");
        relative = relative.replaceFirst("\\.html?$", "");
        return relative.isEmpty() || relative.endsWith("/") ? relative : relative + "/";
    }
}
