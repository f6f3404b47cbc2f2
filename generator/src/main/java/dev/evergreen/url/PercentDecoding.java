package dev.evergreen.url;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Percent-escapes in a URL path or fragment, decoded as UTF-8, the one way every stage reads them. A
 * {@code +} stays a plus: these are paths, not form fields, where {@link URLDecoder} would read a space.
 */
public final class PercentDecoding {

    private PercentDecoding() {
    }

    /** The decoded text; empty when an escape is malformed ({@code %zz}, a cut-off {@code %4}). */
    public static Optional<String> decode(String raw) {
        try {
            return Optional.of(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
