package dev.evergreen.load;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A channel published as a site of its own, apart from the developer output: its items, listing and
 * feed are written to {@code output} and served at {@code baseUrl}.
 *
 * @param output the channel's output directory, absolute
 * @param baseUrl where that directory is served, absolute and ending in {@code /}
 */
public record ChannelSite(Path output, URI baseUrl) {

    public ChannelSite {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(baseUrl, "baseUrl");
    }

    /** Whether {@code url} is one of this site's pages. */
    public boolean serves(String url) {
        return url.startsWith(baseUrl.toString());
    }
}
