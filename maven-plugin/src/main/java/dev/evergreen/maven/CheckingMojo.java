package dev.evergreen.maven;

import dev.evergreen.build.BuildResult;
import dev.evergreen.finding.Severity;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** The goals whose findings decide the Maven build's outcome: build and check. */
abstract class CheckingMojo extends SiteMojo {

    /** Fail the Maven build when the site has errors (content or links). */
    @Parameter(property = "evergreen.failOnError", defaultValue = "true")
    boolean failOnError;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** Fails the Maven build on errors (or only warns, with failOnError=false), naming the counts and the reports. */
    void judge(BuildResult result) throws MojoFailureException {
        if (!result.hasErrors()) {
            return;
        }
        long warnings = result.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        String message = "Evergreen found " + result.errorCount() + " error(s) and " + warnings
                + " warning(s), listed above; reports: " + reportDirectory.toPath().resolve("link-report.html")
                + ", links.json, links-junit.xml, links.sarif";
        if (failOnError) {
            throw new MojoFailureException(message);
        }
        getLog().warn(message + " (failOnError=false)");
    }
}
