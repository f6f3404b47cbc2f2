package dev.evergreen.maven;

import dev.evergreen.build.BuildOptions;
import dev.evergreen.build.BuildResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Locale;

/**
 * {@code mvn evergreen:build}: renders the site and checks its links. Maps parameters onto
 * {@link BuildOptions} and the result onto Maven's outcome; it holds no logic of its own.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends CheckingMojo {

    /** check or skip: whether links to other sites are checked. */
    @Parameter(property = "evergreen.externalLinks", defaultValue = "check")
    String externalLinks;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        BuildOptions options = buildOptions(externalLinksOption());
        BuildResult result = build(options);
        LastBuild.remember(project, options, result);
        judge(result);
    }

    private BuildOptions.ExternalLinks externalLinksOption() throws MojoExecutionException {
        try {
            return BuildOptions.ExternalLinks.valueOf(externalLinks.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("evergreen.externalLinks must be check or skip, not '" + externalLinks + "'");
        }
    }
}
