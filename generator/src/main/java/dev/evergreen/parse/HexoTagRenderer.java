package dev.evergreen.parse;

import com.vladsch.flexmark.util.sequence.Escaping;
import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.SourcePos;
import dev.evergreen.load.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML of Hexo's one-line tags, argument rules as in Hexo. Links to posts and assets are written
 * relative to the page's Markdown file ({@code other.md}, {@code post/x.png}): post-process turns them
 * into the published URLs and reports those that lead nowhere, as for any Markdown link.
 */
final class HexoTagRenderer {

    /** Hexo's test for "this argument is a URL" in {@code img} and {@code link}. */
    private static final Pattern URL = Pattern.compile("^([A-Za-z]{3,9}:(//)?|www\\.)\\S+");
    /** Hexo's {@code img} title and alt: {@code "title" "alt"}, or the whole text as the title. */
    private static final Pattern TITLE_ALT = Pattern.compile("[\"']?([^\"']+)?[\"']?\\s*[\"']?([^\"']+)?[\"']?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final HexoSite site;

    HexoTagRenderer(HexoSite site) {
        this.site = site;
    }

    /** One tag's HTML, or empty when the tag is not one of Hexo's own. */
    Optional<String> render(Call call) {
        List<String> args = call.args();
        return Optional.ofNullable(switch (call.name()) {
            case "asset_img" -> assetImg(call);
            case "asset_link" -> assetLink(call);
            case "asset_path" -> assetPath(call, args.isEmpty() ? "" : args.get(0));
            case "post_link" -> postLink(call);
            case "post_path" -> postPath(call, args.isEmpty() ? "" : args.get(0));
            case "img", "image" -> img(call, new ArrayList<>(args), false);
            case "link", "a" -> link(args);
            case "iframe" -> iframe(args);
            case "youtube" -> youtube(args);
            case "vimeo" -> args.isEmpty() ? missing(call, "a video id")
                    : ClickToLoadVideo.html(ClickToLoadVideo.Provider.VIMEO,
                    "https://player.vimeo.com/video/" + args.get(0), "https://vimeo.com/" + args.get(0));
            default -> null;
        });
    }

    /**
     * One tag as written.
     *
     * @param standalone the tag is alone on its line, so block HTML (a figure, a frame) may replace it
     */
    record Call(Source source, int line, String name, List<String> args, boolean standalone, List<Finding> findings) {

        void report(String detail) {
            findings.add(ContentFinding.error(SourcePos.of(source.path(), line), "hexo-tag", detail));
        }
    }

    private String missing(Call call, String what) {
        call.report("{% " + call.name() + " %} needs " + what);
        return "";
    }

    private boolean assetFolderOn(Call call) {
        if (!site.settings().postAssetFolder()) {
            call.report("{% " + call.name() + " %} needs post_asset_folder: true in _config.yml");
        }
        return site.settings().postAssetFolder();
    }

    /** The link to a file of the page's asset folder, or empty (and a finding) when there is none. */
    private Optional<String> asset(Call call, String name) {
        if (!assetFolderOn(call)) {
            return Optional.empty();
        }
        String asset = HexoSite.assetOf(call.source().slashPath(), name);
        if (!site.files().contains(asset)) {
            call.report("{% " + call.name() + " %}: no file '" + name + "' in the asset folder "
                    + HexoSite.assetOf(call.source().slashPath(), "") + "; add it or fix the name");
            return Optional.empty();
        }
        return Optional.of(HexoSite.relativeTo(call.source().slashPath(), asset));
    }

    /** {@code asset_img [class names] slug [width] [height] [title text [alt text]]}: the slug is the argument naming a file. */
    private String assetImg(Call call) {
        if (!assetFolderOn(call)) {
            return "";
        }
        List<String> args = new ArrayList<>(call.args());
        for (int i = 0; i < args.size(); i++) {
            if (site.files().contains(HexoSite.assetOf(call.source().slashPath(), args.get(i)))) {
                args.set(i, HexoSite.relativeTo(call.source().slashPath(), HexoSite.assetOf(call.source().slashPath(), args.get(i))));
                return img(call, args, true);
            }
        }
        call.report("{% asset_img " + String.join(" ", call.args()) + " %}: none of its arguments is a file in the"
                + " asset folder " + HexoSite.assetOf(call.source().slashPath(), "") + "; add the file or fix the name");
        return "";
    }

    private String assetLink(Call call) {
        if (call.args().isEmpty()) {
            return missing(call, "a file name");
        }
        String name = call.args().get(0);
        String title = call.args().size() > 1 ? String.join(" ", call.args().subList(1, call.args().size())) : name;
        title = title.replaceFirst("\\s+(true|false)$", "");
        String text = escape(title);
        return asset(call, name).map(href -> "<a href=\"" + escape(href) + "\" title=\"" + text + "\">" + text + "</a>").orElse("");
    }

    private String assetPath(Call call, String name) {
        return name.isEmpty() ? missing(call, "a file name") : asset(call, name).orElse("");
    }

    private Optional<String> post(Call call, String slug) {
        String source = site.postsBySlug().get(slug);
        if (source == null) {
            call.report("{% " + call.name() + " " + slug + " %}: no post has the slug '" + slug
                    + "'; use the file name under source/_posts without .md");
        }
        return Optional.ofNullable(source);
    }

    /** {@code post_link slug [title] [escape]}: the post's own title when none is given. */
    private String postLink(Call call) {
        if (call.args().isEmpty()) {
            return missing(call, "a post slug");
        }
        List<String> args = new ArrayList<>(call.args());
        String slug = args.remove(0);
        boolean escapeTitle = true;
        if (!args.isEmpty() && (args.get(args.size() - 1).equals("true") || args.get(args.size() - 1).equals("false"))) {
            escapeTitle = Boolean.parseBoolean(args.remove(args.size() - 1));
        }
        String given = String.join(" ", args);
        boolean raw = !escapeTitle;
        return post(call, slug).map(source -> {
            String title = given.isEmpty() ? site.titles().getOrDefault(source, slug) : given;
            String text = raw ? title : escape(title);
            return "<a href=\"" + escape(HexoSite.relativeTo(call.source().slashPath(), source)) + "\" title=\""
                    + escape(title) + "\">" + text + "</a>";
        }).orElse("");
    }

    private String postPath(Call call, String slug) {
        return slug.isEmpty() ? missing(call, "a post slug")
                : post(call, slug).map(source -> HexoSite.relativeTo(call.source().slashPath(), source)).orElse("");
    }

    /**
     * {@code img [class names] /path/to/image [width] [height] [title text [alt text]]}. With a title
     * and a line of its own, the image gets a visible caption.
     *
     * @param found the source was already found ({@code asset_img}), so the first argument that is not
     *     a class is the image
     */
    private String img(Call call, List<String> args, boolean found) {
        List<String> classes = new ArrayList<>();
        String src = null;
        while (!args.isEmpty()) {
            String arg = args.remove(0);
            if (URL.matcher(arg).matches() || arg.startsWith("/") || (found && !arg.isEmpty() && isAssetRef(arg))) {
                src = arg.startsWith("/") && !arg.startsWith("//") ? site.basePath() + arg.substring(1) : arg;
                break;
            }
            classes.add(arg);
        }
        if (src == null) {
            call.report("{% " + call.name() + " %}: no image URL among its arguments; write an absolute"
                    + " (/images/x.png) or full (https://...) URL");
            return "";
        }
        StringBuilder tag = new StringBuilder("<img src=\"").append(escape(src)).append('"');
        if (!classes.isEmpty()) {
            tag.append(" class=\"").append(escape(String.join(" ", classes))).append('"');
        }
        if (!args.isEmpty() && DIGITS.matcher(args.get(0)).matches()) {
            tag.append(" width=\"").append(args.remove(0)).append('"');
            if (!args.isEmpty() && DIGITS.matcher(args.get(0)).matches()) {
                tag.append(" height=\"").append(args.remove(0)).append('"');
            }
        }
        String title = null;
        String alt = null;
        Matcher meta = TITLE_ALT.matcher(String.join(" ", args));
        if (!args.isEmpty() && meta.lookingAt()) {
            title = meta.group(1) == null ? null : meta.group(1).strip();
            alt = meta.group(2) == null ? null : meta.group(2).strip();
        }
        if (title != null) {
            tag.append(" title=\"").append(escape(title)).append('"');
        }
        tag.append(" alt=\"").append(escape(alt != null ? alt : title != null ? title : "")).append("\">");
        if (call.standalone() && title != null) {
            return "<figure class=\"image\">" + tag + "<figcaption>" + escape(title) + "</figcaption></figure>";
        }
        return tag.toString();
    }

    /** A relative path this renderer wrote for an asset: the asset folder's name, a slash, the file. */
    private static boolean isAssetRef(String arg) {
        return arg.contains("/") && !arg.contains(":");
    }

    /** {@code link text url [external] [title]}. */
    private String link(List<String> args) {
        List<String> text = new ArrayList<>();
        int i = 0;
        while (i < args.size() && !URL.matcher(args.get(i)).matches()) {
            text.add(args.get(i++));
        }
        if (i == args.size()) {
            return escape(String.join(" ", text));
        }
        String url = args.get(i++);
        boolean external = false;
        if (i < args.size() && (args.get(i).equals("true") || args.get(i).equals("false"))) {
            external = Boolean.parseBoolean(args.get(i++));
        }
        String title = String.join(" ", args.subList(i, args.size()));
        return "<a href=\"" + escape(url) + "\"" + (title.isEmpty() ? "" : " title=\"" + escape(title) + "\"")
                + (external ? " target=\"_blank\" rel=\"noopener\"" : "") + ">" + escape(String.join(" ", text)) + "</a>";
    }

    /** {@code iframe url [width] [height]}, loaded lazily. */
    private String iframe(List<String> args) {
        if (args.isEmpty()) {
            return "";
        }
        String width = args.size() > 1 ? args.get(1) : "100%";
        String height = args.size() > 2 ? args.get(2) : "300";
        return "<iframe src=\"" + escape(args.get(0)) + "\" width=\"" + escape(width) + "\" height=\"" + escape(height)
                + "\" loading=\"lazy\" allowfullscreen></iframe>";
    }

    /** {@code youtube id [type] [cookie]}: type {@code video} or {@code playlist}; cookie false → youtube-nocookie. */
    private String youtube(List<String> args) {
        if (args.isEmpty()) {
            return "";
        }
        String id = args.get(0);
        boolean playlist = args.size() > 1 && args.get(1).equals("playlist");
        boolean cookie = !(args.size() > 2 ? args.get(2) : args.size() > 1 ? args.get(1) : "true").equals("false");
        String host = cookie ? "https://www.youtube.com" : "https://www.youtube-nocookie.com";
        return ClickToLoadVideo.html(ClickToLoadVideo.Provider.YOUTUBE,
                host + (playlist ? "/embed/videoseries?list=" + id : "/embed/" + id),
                playlist ? "https://www.youtube.com/playlist?list=" + id : "https://www.youtube.com/watch?v=" + id);
    }

    static String escape(String text) {
        return Escaping.escapeHtml(text, false);
    }
}
