package dev.evergreen.render;

import java.nio.file.Path;

/**
 * One output the site will have, planned but not yet rendered: cheap to create, rendered by
 * {@link SiteRenderer#render(RenderJob)} on any thread.
 */
public final class RenderJob {

    /** Produces one output's text with the shared templates. */
    interface Output {
        Produced produce(Templates templates);
    }

    private final String url;
    private final Path outputPath;
    private final boolean html;
    private final Output output;

    RenderJob(String url, Path outputPath, boolean html, Output output) {
        this.url = url;
        this.outputPath = outputPath;
        this.html = html;
        this.output = output;
    }

    /** The root-relative URL it is served at, including the base path. */
    public String url() {
        return url;
    }

    /** The file path relative to the output directory. */
    public Path outputPath() {
        return outputPath;
    }

    /** Whether it is an HTML page (post-processed and link-checked). */
    public boolean html() {
        return html;
    }

    Output output() {
        return output;
    }

    @Override
    public String toString() {
        return "RenderJob[" + url + " → " + outputPath + "]";
    }
}
