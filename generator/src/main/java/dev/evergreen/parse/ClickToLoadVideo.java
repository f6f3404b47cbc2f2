package dev.evergreen.parse;

import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * A video that loads nothing until the reader asks for it: a closed {@code <details>} whose lazy
 * iframe is only laid out, and so only requested, once opened; a plain link to the video's page works
 * with or without frames. No script needed, no request when the page loads.
 *
 * <p>Written for Hexo's {@code youtube} and {@code vimeo} tags; recordings' embeds should share it.
 */
final class ClickToLoadVideo {

    enum Provider {
        YOUTUBE("YouTube"), VIMEO("Vimeo");

        private final String label;

        Provider(String label) {
            this.label = label;
        }
    }

    private ClickToLoadVideo() {
    }

    /**
     * @param embedUrl the player's address, loaded into the frame once opened
     * @param pageUrl the video's own page, linked for readers without frames
     */
    static String html(Provider provider, String embedUrl, String pageUrl) {
        String embed = Escaping.escapeHtml(embedUrl, false);
        String page = Escaping.escapeHtml(pageUrl, false);
        return "<details class=\"video-embed video-" + provider.name().toLowerCase(java.util.Locale.ROOT) + "\">"
                + "<summary>▶ Play the video (" + provider.label + ")</summary>"
                + "<iframe src=\"" + embed + "\" loading=\"lazy\" width=\"560\" height=\"315\" title=\"" + provider.label
                + " video\" allow=\"fullscreen; picture-in-picture\" allowfullscreen></iframe>"
                + "<p><a href=\"" + page + "\">Watch it on " + provider.label + "</a></p></details>";
    }
}
