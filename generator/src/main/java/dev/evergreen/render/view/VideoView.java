package dev.evergreen.render.view;

/**
 * A video as the click-to-load player needs it.
 *
 * @param provider {@code youtube}, {@code bilibili}, {@code vimeo} or {@code file}
 * @param watchUrl where the video plays at its provider: the link that works without JavaScript
 * @param embedUrl the player loaded into an iframe on click; {@code null} for a self-hosted file
 * @param fileType the MIME type of a self-hosted file; {@code null} for providers
 * @param posterUrl a local image shown until the reader clicks; {@code null} for a plain poster
 */
public record VideoView(String provider, String providerName, String watchUrl, String embedUrl, String fileType,
                        String posterUrl) {
}
