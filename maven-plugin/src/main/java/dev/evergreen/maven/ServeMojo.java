package dev.evergreen.maven;

import dev.evergreen.build.BuildOptions;
import dev.evergreen.finding.EvergreenException;
import dev.evergreen.serve.DevServer;
import dev.evergreen.serve.ServeOptions;
import dev.evergreen.serve.ServeUntil;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * {@code mvn evergreen:serve}: builds the site, serves it, rebuilds when content, layouts or static
 * files change and reloads open pages; errors show over the page and here, and the last good build
 * stays served. Runs until Ctrl-C. External links are not checked while serving.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends SiteMojo {

    /** The address to listen on; 0.0.0.0 shows the site to your network. */
    @Parameter(property = "evergreen.host", defaultValue = ServeOptions.DEFAULT_HOST)
    String host;

    /** The port; 0 picks a free one. */
    @Parameter(property = "evergreen.port", defaultValue = "" + ServeOptions.DEFAULT_PORT)
    int port;

    /** Stop after this many seconds, for scripts and tests; 0 serves until Ctrl-C. */
    @Parameter(property = "evergreen.stopAfter", defaultValue = "0")
    long stopAfter;

    @Override
    void run() throws MojoExecutionException {
        DevServer server = new DevServer(buildOptions(BuildOptions.ExternalLinks.SKIP),
                new ServeOptions(host, port, ServeOptions.DEFAULT_DEBOUNCE), new MavenLogSink(getLog()));
        try {
            getLog().info("Serving " + server.start() + " (Ctrl-C stops)");
            ServeUntil.stopped(server, Duration.ofSeconds(stopAfter));
        } catch (UncheckedIOException | EvergreenException e) {
            server.close();
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
