package dev.evergreen.load;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * A Hexo blog's {@code source/} folder, read as Hexo reads it: {@code _posts} and {@code _drafts} are
 * content although hidden, other hidden names only when {@code include} matches them, {@code exclude}
 * drops files, and {@code skip_render} copies Markdown files as they are.
 */
final class HexoLayout implements ContentLayout {

    private final Path contentRoot;
    private final SiteConfig config;
    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;
    private final List<PathMatcher> skipRender;

    HexoLayout(Path blogRoot) {
        this.contentRoot = blogRoot.resolve(HexoConfigReader.SOURCE_DIR);
        this.config = new HexoConfigReader(blogRoot).read();
        HexoSettings hexo = config.hexo().orElseThrow();
        this.include = matchers(hexo.include());
        this.exclude = matchers(hexo.exclude());
        this.skipRender = matchers(hexo.skipRender());
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        return globs.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g.replaceAll("^/+", ""))).toList();
    }

    private static boolean matches(List<PathMatcher> matchers, Path relative) {
        return matchers.stream().anyMatch(m -> m.matches(relative));
    }

    @Override
    public Path contentRoot() {
        return contentRoot;
    }

    @Override
    public SiteConfig config() {
        return config;
    }

    /** Folders are always entered; the globs decide file by file, as Hexo matches them against file paths. */
    @Override
    public boolean isContent(Path relative) {
        if (matches(exclude, relative) || relative.toString().equals(ContentLoader.LEDGER_FILE)) {
            return false;
        }
        String top = relative.getName(0).toString();
        boolean postsOrDrafts = top.equals(HexoConfigReader.POSTS_DIR) || top.equals(HexoConfigReader.DRAFTS_DIR);
        for (int i = postsOrDrafts ? 1 : 0; i < relative.getNameCount(); i++) {
            if (ContentLayout.isHidden(relative.getName(i).toString()) && !matches(include, relative)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean isMarkdown(Path relative) {
        return ContentLayout.super.isMarkdown(relative) && !matches(skipRender, relative);
    }
}
