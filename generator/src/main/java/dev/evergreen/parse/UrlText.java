package dev.evergreen.parse;

import java.net.URI;
import java.net.URISyntaxException;

/** Paths written into generated links: spaces and non-ASCII percent-encoded, slashes kept. */
final class UrlText {

    private UrlText() {
    }

    static String encodePath(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path.replace(" ", "%20");
        }
    }
}
