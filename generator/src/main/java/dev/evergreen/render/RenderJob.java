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
    private final boolean permanent;
    private final long fingerprint;
    private final Output output;

    RenderJob(String url, Path outputPath, boolean html, boolean permanent, long fingerprint, Output output) {
        this.url = url;
        this.outputPath = outputPath;
        this.html = html;
        this.permanent = permanent;
        this.fingerprint = fingerprint;
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

    /**
     * Whether its URL is one the site promises to keep, listed in the ledger of published URLs: not a
     * search index shard, whose number follows the site's size (see {@link SearchShards}).
     */
    public boolean permanent() {
        return permanent;
    }

    /**
     * A digest of everything this output shows that can change without the site's configuration or
     * options changing: the items it lists, their neighbours, term counts, the templates that render it.
     * Equal digests under the same configuration and options mean the same bytes, in any process.
     */
    public long fingerprint() {
        return fingerprint;
    }

    Output output() {
        return output;
    }

    @Override
    public String toString() {
        return "RenderJob[" + url + " → " + outputPath + "]";
    }
}
