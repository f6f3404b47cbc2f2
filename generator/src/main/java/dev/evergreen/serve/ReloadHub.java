package dev.evergreen.serve;

import com.sun.net.httpserver.HttpExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The open Server-Sent Events streams of the browser tabs showing the site. Each tab is told the
 * current state when it connects (so a page loaded while the build is broken shows the overlay) and
 * every change after: {@code page} with the URLs of edited pages published ahead of their rebuild,
 * {@code reload} after a good build, {@code errors} with the messages after a bad one.
 */
final class ReloadHub implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReloadHub.class);

    private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();
    private volatile String state = event("ok", "");

    void connect(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        clients.add(exchange);
        send(exchange, state);
    }

    /**
     * A build was published: open pages reload, and show the overlay again if it still has errors
     * (broken links do not stop a site from being published).
     */
    void published(List<String> errors) {
        state = stateOf(errors);
        broadcast(event("reload", ""));
    }

    /**
     * Edited pages were published ahead of the rest of their rebuild: the tabs showing them reload now, and
     * skip the {@code reload} that ends the rebuild (their page is already the new one).
     */
    void pagesPublished(List<String> urls) {
        broadcast(event("page", String.join("\n", urls)));
    }

    /** A build failed and published nothing: open pages show the errors over the last good page. */
    void failed(List<String> errors) {
        state = stateOf(errors);
        broadcast(state);
    }

    private static String stateOf(List<String> errors) {
        return errors.isEmpty() ? event("ok", "") : event("errors", String.join("\n", errors));
    }

    int clientCount() {
        return clients.size();
    }

    private void broadcast(String message) {
        clients.forEach(client -> send(client, message));
    }

    private void send(HttpExchange client, String message) {
        try {
            OutputStream body = client.getResponseBody();
            body.write(message.getBytes(StandardCharsets.UTF_8));
            body.flush();
        } catch (IOException e) {
            LOG.debug("a browser tab went away: {}", e.getMessage());
            clients.remove(client);
            client.close();
        }
    }

    /** One SSE event; every line of the data gets its own {@code data:} field, as the format requires. */
    static String event(String name, String data) {
        StringBuilder out = new StringBuilder("event: ").append(name).append('\n');
        for (String line : data.split("\n", -1)) {
            out.append("data: ").append(line).append('\n');
        }
        return out.append('\n').toString();
    }

    @Override
    public void close() {
        clients.forEach(HttpExchange::close);
        clients.clear();
    }
}
