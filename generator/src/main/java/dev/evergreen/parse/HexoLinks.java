package dev.evergreen.parse;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;

/**
 * hexo-renderer-marked's link options: {@code prependRoot} puts the site's root in front of
 * root-relative links and images; {@code postAsset} reads an image path in a post as a file of its
 * asset folder. Asset paths are written relative to the Markdown file, for post-process to publish.
 */
final class HexoLinks implements LinkResolver {

    private final HexoSite site;

    private HexoLinks(HexoSite site) {
        this.site = site;
    }

    static IndependentLinkResolverFactory factory(HexoSite site) {
        return new IndependentLinkResolverFactory() {
            @Override
            public LinkResolver apply(LinkResolverBasicContext context) {
                return new HexoLinks(site);
            }
        };
    }

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        String url = link.getUrl();
        boolean marked = site.settings().marked().prependRoot();
        if (marked && url.startsWith("/") && !url.startsWith("//") && !url.startsWith(site.basePath())) {
            return link.withUrl(site.basePath() + url.substring(1));
        }
        if (site.settings().marked().postAsset() && (node instanceof Image || node instanceof ImageRef)
                && isPlainPath(url)) {
            String source = PageContext.of(node).slashPath();
            if (site.files().contains(HexoSite.assetOf(source, url))) {
                return link.withUrl(HexoSite.relativeTo(source, HexoSite.assetOf(source, url)));
            }
        }
        return link;
    }

    private static boolean isPlainPath(String url) {
        return !url.isEmpty() && !url.startsWith("/") && !url.startsWith("#") && !url.contains(":");
    }
}
