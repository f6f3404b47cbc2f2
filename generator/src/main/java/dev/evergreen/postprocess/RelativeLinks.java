package dev.evergreen.postprocess;

import java.util.Arrays;

/**
 * Hexo's {@code relative_link: true}: links are written relative to the page that holds them, so the
 * published folder works wherever it is served from. Only root-relative URLs under the site's base path
 * change (what templates and link rewriting produce); other links are already as the author meant them.
 */
final class RelativeLinks {

    private final String basePath;

    RelativeLinks(String basePath) {
        this.basePath = basePath;
    }

    /**
     * @param pageUrl the root-relative URL of the page the link is on
     * @return {@code url} relative to {@code pageUrl}, or {@code url} itself when it is not root-relative
     *         within the base path
     */
    String relativize(String pageUrl, String url) {
        if (!url.startsWith(basePath) || url.startsWith("//")) {
            return url;
        }
        int end = firstOf(url, '?', '#');
        String path = url.substring(0, end);
        String rest = url.substring(end);
        String[] from = pageUrl.split("/", -1);
        String[] to = path.split("/", -1);
        // The last part of the page URL is its file name (empty for a folder URL): links start from its folder.
        int common = 0;
        while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int up = from.length - 1 - common; up > 0; up--) {
            out.append("../");
        }
        out.append(String.join("/", Arrays.copyOfRange(to, common, to.length)));
        // An empty path would name the page itself; "./" names the folder it is in, as the absolute link did.
        return (out.isEmpty() ? "./" : out) + rest;
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        if (i < 0) {
            return j < 0 ? text.length() : j;
        }
        return j < 0 ? i : Math.min(i, j);
    }
}
