package dev.evergreen.parse;

import dev.evergreen.load.ProsePhrase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Everything a parser's output depends on besides a page's own text and the files its code blocks
 * include, written out as text with every map and set sorted, so that the same settings give the same
 * text in every JVM. A cache of parses keyed by it may reuse a page's parse while it is unchanged.
 */
final class ParserSettings {

    private ParserSettings() {
    }

    /**
     * @param avoid each channel's phrases to avoid
     * @param hexo the blog's tags, links and files, or null for a site that is not a Hexo blog
     */
    static String key(ZoneId timeZone, Path codeRoot, Map<String, List<ProsePhrase>> avoid, String defaultChannel,
                      HexoSite hexo) {
        StringBuilder key = new StringBuilder()
                .append("zone=").append(timeZone.getId())
                .append("\ncodeRoot=").append(codeRoot)
                .append("\navoid=").append(new TreeMap<>(avoid))
                .append("\ndefaultChannel=").append(defaultChannel);
        if (hexo != null) {
            key.append("\nhexo.marked=").append(hexo.settings().marked())
                    .append("\nhexo.postAssetFolder=").append(hexo.settings().postAssetFolder())
                    .append("\nhexo.codeDir=").append(hexo.settings().codeDir())
                    .append("\nhexo.basePath=").append(hexo.basePath())
                    .append("\nhexo.contentRoot=").append(hexo.contentRoot())
                    .append("\nhexo.posts=").append(new TreeMap<>(hexo.postsBySlug()))
                    .append("\nhexo.titles=").append(new TreeMap<>(hexo.titles()))
                    .append("\nhexo.files=").append(new TreeSet<>(hexo.files()));
            codeFiles(hexo, key);
        }
        return key.toString();
    }

    /** {@code include_code} reads files under {@code code_dir}, which are not among a page's includes. */
    private static void codeFiles(HexoSite hexo, StringBuilder key) {
        String codeDir = hexo.settings().codeDir() + "/";
        for (String file : new TreeSet<>(hexo.files())) {
            if (file.startsWith(codeDir)) {
                key.append('\n').append(file).append(' ').append(stat(hexo.contentRoot().resolve(file)));
            }
        }
    }

    private static String stat(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.size() + " " + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
