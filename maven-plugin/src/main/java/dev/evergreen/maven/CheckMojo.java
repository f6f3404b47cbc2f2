package dev.evergreen.maven;

import dev.evergreen.build.BuildOptions;
import dev.evergreen.build.BuildResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import java.util.Optional;

/**
 * {@code mvn evergreen:check}: the full link check, external links and videos included. When
 * {@code evergreen:build} already built and checked the site with the same parameters in this Maven
 * run, its result is used as it is; otherwise the site is built and checked here.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends CheckingMojo {

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        BuildOptions options = buildOptions(BuildOptions.ExternalLinks.CHECK);
        Optional<BuildResult> earlier = LastBuild.recall(project, options);
        if (earlier.isPresent()) {
            getLog().info("evergreen:check: using the build and link check evergreen:build made in this run");
        }
        BuildResult result = earlier.isPresent() ? earlier.get() : build(options);
        LastBuild.remember(project, options, result);
        judge(result);
    }
}
