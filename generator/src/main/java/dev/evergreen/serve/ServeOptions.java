package dev.evergreen.serve;

import java.time.Duration;
import java.util.Objects;

/**
 * How the development server listens and watches.
 *
 * @param host the address to bind; {@value #DEFAULT_HOST} by default, so the site is not published to
 *     the network by accident
 * @param port the port; 0 picks a free one
 * @param debounce how long the sources must be quiet before a rebuild, so one save that touches
 *     several files (or an editor's write-rename dance) causes one build
 */
public record ServeOptions(String host, int port, Duration debounce) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 4000;
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(200);

    public ServeOptions {
        host = host == null || host.isBlank() ? DEFAULT_HOST : host;
        Objects.requireNonNull(debounce, "debounce");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
    }

    public static ServeOptions defaults() {
        return new ServeOptions(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_DEBOUNCE);
    }

    public ServeOptions withPort(int value) {
        return new ServeOptions(host, value, debounce);
    }
}
