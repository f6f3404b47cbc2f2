package dev.evergreen.maven;

import dev.evergreen.finding.EvergreenException;
import dev.evergreen.load.Kind;
import dev.evergreen.scaffold.Scaffolder;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code mvn evergreen:new -Devergreen.title="..."}: writes a new article (or, with
 * {@code -Devergreen.kind=recording}, a recording) dated today, from the site's
 * {@code _archetypes/<kind>.md} or the built-in template. Never overwrites a file.
 */
@Mojo(name = "new", threadSafe = true)
public class NewMojo extends AbstractMojo {

    /** The content directory, with site.yml. */
    @Parameter(property = "evergreen.sourceDirectory", defaultValue = "${project.basedir}/src/main/evergreen")
    File sourceDirectory;

    /** article or recording. */
    @Parameter(property = "evergreen.kind", defaultValue = "article")
    String kind;

    /** The title; the file name is the slug made from it. */
    @Parameter(property = "evergreen.title", required = true)
    String title;

    /** Skip this goal. */
    @Parameter(property = "evergreen.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("evergreen skipped (evergreen.skip=true): nothing created");
            return;
        }
        Kind itemKind = Kind.fromLabel(kind.strip()).filter(k -> k != Kind.PAGE).orElseThrow(
                () -> new MojoExecutionException("evergreen.kind must be article or recording, not '" + kind + "'"));
        try {
            Path file = new Scaffolder(sourceDirectory.toPath(), Clock.systemDefaultZone()).create(itemKind, title);
            getLog().info("created " + file);
        } catch (EvergreenException e) {
            throw new MojoFailureException(e.describe(), e);
        }
    }
}
