package dev.evergreen.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.evergreen.build.Session;
import dev.evergreen.build.BuildOptions;
import dev.evergreen.build.BuildResult;
import dev.evergreen.check.CheckProgress;
import dev.evergreen.finding.EvergreenException;
import dev.evergreen.finding.Finding;
import dev.evergreen.report.ReportSink;
import dev.evergreen.report.Reporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code evergreen serve}: builds the site, serves the output directory on loopback, rebuilds when a
 * source changes and tells open pages to reload. A failed rebuild keeps the last good version of every page
 * on disk (an edited page goes ahead of the rest only once its content is free of errors, see the session)
 * and shows its errors over the page and in the console.
 *
 * <p>External links are not checked while serving: a rebuild per save must be quick, and
 * {@code evergreen build} or {@code mvn evergreen:check} does the full check.
 */
public final class DevServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DevServer.class);

    private final BuildOptions buildOptions;
    private final ServeOptions serveOptions;
    /** Keeps the model, parses and templates warm, so a save re-renders only what it changed. */
    private final Session session;
    private final ReloadHub hub = new ReloadHub();
    private final AtomicInteger builds = new AtomicInteger();
    private HttpServer server;
    private ExecutorService executor;
    private SiteWatcher watcher;

    /** @param console where each build's findings go, as with {@link dev.evergreen.build.Build} */
    public DevServer(BuildOptions buildOptions, ServeOptions serveOptions, ReportSink console) {
        this.buildOptions = buildOptions.withExternalLinks(BuildOptions.ExternalLinks.SKIP);
        this.serveOptions = serveOptions;
        this.session = new Session(this.buildOptions, CheckProgress.NONE, console, hub::pagesPublished);
    }

    /**
     * Builds once, starts listening and watching.
     *
     * @return the site's address, e.g. {@code http://127.0.0.1:4000/}
     * @throws UncheckedIOException if the address cannot be bound
     */
    public URI start() {
        rebuild(Set.of());
        try {
            server = HttpServer.create(new InetSocketAddress(serveOptions.host(), serveOptions.port()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + serveOptions.host() + ":" + serveOptions.port(), e);
        }
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "evergreen-serve");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext(ReloadScript.EVENTS_PATH, hub::connect);
        server.createContext("/", new SiteHandler(new SafePaths(buildOptions.output())));
        watcher = new SiteWatcher(buildOptions.source(), List.of(buildOptions.output(), buildOptions.reportDir()),
                serveOptions.debounce(), this::rebuild);
        watcher.watchAlso(session.includedFiles());
        server.start();
        watcher.start();
        URI uri = uri();
        LOG.info("serving {} at {} (Ctrl-C stops)", buildOptions.output(), uri);
        return uri;
    }

    public URI uri() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/");
    }

    /** The address actually bound, for callers that asked for port 0. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** How many builds ran, the first one included. */
    public int buildCount() {
        return builds.get();
    }

    /** @param changed the files that changed; empty for "anything may have", a full build */
    private synchronized void rebuild(Set<Path> changed) {
        List<String> errors = new ArrayList<>();
        boolean published = false;
        try {
            BuildResult result = session.rebuild(changed);
            published = result.published();
            result.findings().stream().filter(Finding::isError).map(Reporter::line).forEach(errors::add);
        } catch (EvergreenException e) {
            LOG.error("{}", e.describe());
            errors.add(e.describe());
        }
        builds.incrementAndGet();
        if (watcher != null) {
            watcher.watchAlso(session.includedFiles());
        }
        if (published) {
            hub.published(errors);
        } else {
            LOG.warn("the build failed; still serving the last good build");
            hub.failed(errors);
        }
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        hub.close();
        if (server != null) {
            server.stop(0);
        }
        if (executor != null) {
            executor.shutdownNow();
        }
        LOG.info("evergreen serve stopped");
    }

    /** Serves files of the output directory; GET and HEAD only. */
    private static final class SiteHandler implements com.sun.net.httpserver.HttpHandler {

        private final SafePaths paths;

        SiteHandler(SafePaths paths) {
            this.paths = paths;
        }

        @Override
        public void handle(HttpExchange exchange) throws IOException {
            try {
                respond(exchange);
            } finally {
                exchange.close();
            }
        }

        private void respond(HttpExchange exchange) throws IOException {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                text(exchange, 405, "method not allowed");
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (ReloadScript.PATH.equals(rawPath)) {
                send(exchange, 200, "text/javascript; charset=utf-8", ReloadScript.SOURCE.getBytes(StandardCharsets.UTF_8));
                return;
            }
            SafePaths.Resolution resolution = paths.resolve(rawPath);
            if (resolution instanceof SafePaths.Resolution.File file) {
                sendFile(exchange, 200, file.path());
            } else if (resolution instanceof SafePaths.Resolution.Redirect redirect) {
                exchange.getResponseHeaders().set("Location", redirect.location());
                text(exchange, 301, "moved to " + redirect.location());
            } else if (resolution instanceof SafePaths.Resolution.Refused refused) {
                LOG.warn("refused {}: {}", rawPath, refused.reason());
                text(exchange, 400, "bad request: " + refused.reason());
            } else {
                sendNotFound(exchange);
            }
        }

        private void sendNotFound(HttpExchange exchange) throws IOException {
            Path page = paths.notFoundPage();
            if (page != null) {
                sendFile(exchange, 404, page);
            } else {
                text(exchange, 404, "not found");
            }
        }

        private static void sendFile(HttpExchange exchange, int status, Path file) throws IOException {
            String type = ContentTypes.of(file.getFileName().toString());
            byte[] bytes = Files.readAllBytes(file);
            send(exchange, status, type, ContentTypes.isHtml(type) ? ReloadScript.inject(bytes) : bytes);
        }

        private static void text(HttpExchange exchange, int status, String message) throws IOException {
            send(exchange, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
        }

        private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
            if (!head) {
                exchange.getResponseBody().write(body);
            }
        }
    }
}
