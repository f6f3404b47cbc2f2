package dev.evergreen.check;

import okhttp3.MediaType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the first bytes of an HTML page say about it: its title (a "not found" page in disguise?), bot
 * wall markers, and the anchors a fragment may name.
 *
 * @param anchorsComplete whether the whole page was read, so a missing anchor is really missing
 */
record PageSignals(String title, boolean botWallMarkers, Set<String> anchors, boolean anchorsComplete) {

    private static final Pattern NOT_FOUND_TITLE =
            Pattern.compile("\\b404\\b|not found|页面不存在|页面找不到|找不到页面|頁面不存在", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOT_WALL_TITLE = Pattern.compile(
            "just a moment|attention required|captcha|are you a (robot|human)|verify you are human"
                    + "|access denied|ddos-guard|security check", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOT_WALL_MARKUP = Pattern.compile(
            "cf-chl|challenge-platform|g-recaptcha|h-captcha|_incapsula_resource|px-captcha", Pattern.CASE_INSENSITIVE);
    /** Fragments that name no element: client-side routes, text fragments, script-drawn line numbers. */
    private static final Pattern UNCHECKABLE_FRAGMENT = Pattern.compile("^(!|/|:~:|L\\d+(-L\\d+)?$)");

    static PageSignals read(Requester.Answer page, String url) {
        Document document;
        try {
            document = Jsoup.parse(new ByteArrayInputStream(page.body()), charsetOf(page), url);
        } catch (IOException e) {
            throw new UncheckedIOException("reading an in-memory page cannot fail", e);
        }
        Set<String> anchors = new HashSet<>();
        for (Element element : document.select("[id], a[name]")) {
            anchors.add(element.id());
            anchors.add(element.attr("name"));
        }
        anchors.remove("");
        // The markers are ASCII, so any single-byte reading of the raw bytes finds them.
        String markup = new String(page.body(), StandardCharsets.ISO_8859_1);
        return new PageSignals(document.title().strip(), BOT_WALL_MARKUP.matcher(markup).find(),
                Set.copyOf(anchors), !page.truncated());
    }

    /** The charset the Content-Type header names, or {@code null} to let jsoup sniff the page. */
    private static String charsetOf(Requester.Answer page) {
        String type = page.headers().get("Content-Type");
        MediaType media = type == null ? null : MediaType.parse(type);
        Charset charset = media == null ? null : media.charset();
        return charset == null ? null : charset.name();
    }

    boolean titleSaysNotFound() {
        return NOT_FOUND_TITLE.matcher(title).find();
    }

    boolean looksLikeBotWall() {
        return botWallMarkers || BOT_WALL_TITLE.matcher(title).find();
    }

    /**
     * Whether the fragment is known to name nothing. GitHub prefixes the ids of rendered Markdown
     * headings with {@code user-content-} and resolves the bare fragment with a script.
     */
    boolean lacksAnchor(String fragment) {
        if (!anchorsComplete || fragment.isEmpty() || UNCHECKABLE_FRAGMENT.matcher(fragment).find()) {
            return false;
        }
        return !anchors.contains(fragment) && !anchors.contains("user-content-" + fragment.toLowerCase(Locale.ROOT))
                && !anchors.contains("user-content-" + fragment);
    }
}
