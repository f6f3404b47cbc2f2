package dev.evergreen.cli;

import dev.evergreen.build.BuildOptions;
import dev.evergreen.finding.EvergreenException;
import dev.evergreen.report.ReportSink;
import dev.evergreen.serve.DevServer;
import dev.evergreen.serve.ServeOptions;
import dev.evergreen.serve.ServeUntil;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code evergreen serve}: maps options onto {@link BuildOptions} and {@link ServeOptions} and runs the {@link DevServer}. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it on 127.0.0.1, rebuilds on every change and reloads open pages.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteSelection site;

    @Option(names = "--host", defaultValue = ServeOptions.DEFAULT_HOST,
            description = "The address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 shows the site to your network).")
    String host;

    @Option(names = "--port", defaultValue = "" + ServeOptions.DEFAULT_PORT,
            description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--stop-after", paramLabel = "SECONDS", defaultValue = "0",
            description = "Stop after this many seconds, for scripts (default: run until Ctrl-C).")
    long stopAfter;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    @Override
    public Integer call() throws InterruptedException {
        Logging.configure(verbose);
        BuildOptions options = new BuildOptions(site.source, site.output, null, site.drafts, site.future, false, null, null, null, null,
                System.getenv(), null, false, null);
        ServeOptions serve = new ServeOptions(host, port, ServeOptions.DEFAULT_DEBOUNCE);
        DevServer server = new DevServer(options, serve, ReportSink.of(System.out));
        try {
            System.out.println("Serving " + server.start());
        } catch (UncheckedIOException | EvergreenException e) {
            server.close();
            System.err.println("error: " + e.getMessage());
            return Main.USAGE_ERROR;
        }
        ServeUntil.stopped(server, Duration.ofSeconds(stopAfter));
        return 0;
    }
}
