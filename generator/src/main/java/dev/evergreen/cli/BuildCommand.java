package dev.evergreen.cli;

import dev.evergreen.build.Build;
import dev.evergreen.build.BuildOptions;
import dev.evergreen.build.BuildResult;
import dev.evergreen.check.CheckProgress;
import dev.evergreen.finding.ConfigException;
import dev.evergreen.finding.EvergreenException;
import dev.evergreen.load.ConfigOverrides;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code evergreen build}: maps options onto {@link BuildOptions}, runs the build, turns the result into an exit code. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Renders the content directory into the output directory and checks its links.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteSelection site;

    @Option(names = "--offline", description = "Do not check external links; the build says how many went unchecked.")
    boolean offline;

    @Option(names = "--external-links", paramLabel = "check|skip", defaultValue = "check",
            converter = ExternalLinksConverter.class,
            description = "Whether links to other sites are checked (default: ${DEFAULT-VALUE}).")
    BuildOptions.ExternalLinks externalLinks;

    @Option(names = "--report-dir", paramLabel = "DIR",
            description = "Where links.json, links-junit.xml, links.sarif and link-report.html go (default: <output>/../evergreen).")
    Path reportDir;

    @Option(names = "--link-cache", paramLabel = "FILE",
            description = "The external link cache (default: <source>/../.evergreen/link-cache.json).")
    Path linkCache;

    @Option(names = "--build-cache", paramLabel = "FILE",
            description = "What this build published, so that the next one renders only what changed, and beside it"
                    + " (FILE.parse) what it parsed (default: <source>/../.evergreen/build-cache).")
    Path buildCache;

    @Option(names = "--no-build-cache", description = "Parse and render every page, and keep no build or parse cache.")
    boolean noBuildCache;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Check external links only in files changed since this git ref.")
    String changedSince;

    @Option(names = "--update-ledger",
            description = "Add the URLs this build publishes to published-urls.txt in the source directory (never in CI).")
    boolean updateLedger;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The base URL of this deployment (a preview, a mirror), over site.yml's baseUrl.")
    String baseUrl;

    @Option(names = "--severity", paramLabel = "KIND=LEVEL",
            description = "How much a kind of link problem matters, over site.yml's links.severity; repeatable"
                    + " (e.g. --severity moved=error).")
    Map<String, String> severities = new LinkedHashMap<>();

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    @Override
    public Integer call() {
        Logging.configure(verbose);
        CheckProgress progress = new ProgressBar(System.err, System.console() != null, System::nanoTime);
        try {
            BuildOptions options = new BuildOptions(site.source, site.output, reportDir, site.drafts, site.future,
                    offline, externalLinks, linkCache, changedSince, null, System.getenv(), null, updateLedger,
                    ConfigOverrides.parse(baseUrl, severities, "--base-url/--severity"),
                    noBuildCache ? Optional.empty() : buildCache == null ? null : Optional.of(buildCache));
            BuildResult result = new Build(options, progress, System.out).run();
            return result.hasErrors() ? 1 : 0;
        } catch (ConfigException e) {
            printError(e);
            return Main.USAGE_ERROR;
        } catch (EvergreenException e) {
            printError(e);
            return 1;
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in Evergreen, not in the content: one line, the trace only when asked for.
            System.err.println("error: internal error (" + e + "); this is a bug in Evergreen, please report it"
                    + (verbose ? "" : " with the output of --verbose"));
            if (verbose) {
                e.printStackTrace(System.err);
            }
            return 1;
        }
    }

    private void printError(EvergreenException e) {
        System.err.println("error: " + e.describe());
        if (verbose) {
            e.printStackTrace(System.err);
        }
    }
}
