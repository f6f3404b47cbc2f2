package dev.evergreen.maven;

import dev.evergreen.build.BuildOptions;
import dev.evergreen.build.BuildResult;
import org.apache.maven.project.MavenProject;

import java.util.Optional;

/**
 * The build that {@code evergreen:build} made of a project in this Maven run, kept in the project's
 * context so that {@code evergreen:check} can use it instead of rendering and checking again.
 */
record LastBuild(BuildOptions options, BuildResult result) {

    private static final String KEY = LastBuild.class.getName();

    static void remember(MavenProject project, BuildOptions options, BuildResult result) {
        project.setContextValue(KEY, new LastBuild(options, result));
    }

    /** The result of a build made with exactly these options, if there was one. */
    static Optional<BuildResult> recall(MavenProject project, BuildOptions options) {
        return project.getContextValue(KEY) instanceof LastBuild last && last.options().equals(options)
                ? Optional.of(last.result())
                : Optional.empty();
    }
}
