package dev.evergreen.maven;

import dev.evergreen.build.Build;
import dev.evergreen.build.BuildOptions;
import dev.evergreen.build.BuildResult;
import dev.evergreen.check.CheckProgress;
import dev.evergreen.finding.EvergreenException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code mvn evergreen:build}: renders the site and checks its links. Maps parameters onto
 * {@link BuildOptions} and the result onto Maven's outcome; it holds no logic of its own.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractMojo {

    /** The content directory, with site.yml. */
    @Parameter(property = "evergreen.sourceDirectory", defaultValue = "${project.basedir}/src/main/evergreen")
    File sourceDirectory;

    /** Where the site is written. */
    @Parameter(property = "evergreen.outputDirectory", defaultValue = "${project.build.directory}/site")
    File outputDirectory;

    /** Where links.json, links-junit.xml, links.sarif and link-report.html are written. */
    @Parameter(property = "evergreen.reportDirectory", defaultValue = "${project.build.directory}/evergreen")
    File reportDirectory;

    /** The external link cache; outside target/ so that mvn clean keeps it. */
    @Parameter(property = "evergreen.linkCache", defaultValue = "${project.basedir}/.evergreen/link-cache.json")
    File linkCache;

    /** Publish items marked draft: true. */
    @Parameter(property = "evergreen.drafts", defaultValue = "false")
    boolean drafts;

    /** Publish items dated in the future. */
    @Parameter(property = "evergreen.future", defaultValue = "false")
    boolean future;

    /** Skip external link checks; follows Maven's offline mode (-o). */
    @Parameter(property = "evergreen.offline", defaultValue = "${settings.offline}")
    boolean offline;

    /** check or skip: whether links to other sites are checked. */
    @Parameter(property = "evergreen.externalLinks", defaultValue = "check")
    String externalLinks;

    /** Check external links only in files changed since this git ref. */
    @Parameter(property = "evergreen.changedSince")
    String changedSince;

    /** Fail the Maven build when the build finds errors. */
    @Parameter(property = "evergreen.failOnError", defaultValue = "true")
    boolean failOnError;

    /** Skip this goal. */
    @Parameter(property = "evergreen.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("evergreen:build skipped (evergreen.skip)");
            return;
        }
        BuildOptions options = new BuildOptions(sourceDirectory.toPath(), outputDirectory.toPath(),
                reportDirectory.toPath(), drafts, future, offline, externalLinksOption(), linkCache.toPath(),
                changedSince, null, System.getenv(), false, null);
        BuildResult result;
        try (PrintStream console = new PrintStream(new MavenLogStream(getLog()), true, StandardCharsets.UTF_8)) {
            result = new Build(options, CheckProgress.NONE, console).run();
        } catch (EvergreenException e) {
            throw new MojoExecutionException(e.describe(), e);
        }
        if (result.hasErrors()) {
            String message = result.errorCount() + " error(s) in the site; see the lines above and "
                    + reportDirectory + "/link-report.html";
            if (failOnError) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message + " (failOnError=false)");
        }
    }

    private BuildOptions.ExternalLinks externalLinksOption() throws MojoExecutionException {
        try {
            return BuildOptions.ExternalLinks.valueOf(externalLinks.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("evergreen.externalLinks must be check or skip, not '" + externalLinks + "'");
        }
    }
}
