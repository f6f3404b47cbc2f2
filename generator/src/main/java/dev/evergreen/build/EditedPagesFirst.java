package dev.evergreen.build;

import dev.evergreen.model.Item;
import dev.evergreen.model.Site;
import dev.evergreen.postprocess.PostProcessor;
import dev.evergreen.postprocess.ProcessedPage;
import dev.evergreen.render.RenderJob;
import dev.evergreen.render.SiteRenderer;
import dev.evergreen.write.SiteWriter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A dev server's rebuild after an edit: the edited items' own pages are rendered and published as soon as
 * the model stands, before the lists, feeds, search index and link check of the rest of the rebuild, as
 * Hugo's server renders the page being looked at first. An author waits for the page they edit, not for
 * the site. Only a page that keeps its URL goes first, and only when the content has no errors: a page that
 * moves changes the site's URLs (aliases, the ledger, other pages' links), and a build with errors publishes
 * nothing. The rest of the rebuild finds the page published with its fingerprint and keeps it.
 */
final class EditedPagesFirst {

    private EditedPagesFirst() {
    }

    /** @return the URLs of the pages published, in output order */
    static List<String> publish(Site site, SiteRenderer renderer, PostProcessor postProcessor, WarmState state,
                       Set<Path> edited, Path output) {
        if (!Files.isDirectory(output)) {
            return List.of();
        }
        List<RenderJob> jobs = renderer.planItemPages(site, item -> edited.contains(item.source().path())
                && state.publishedAt(item) && site.config().channel(item.channel()).site().isEmpty());
        for (RenderJob job : jobs) {
            ProcessedPage page = postProcessor.process(renderer.render(job));
            SiteWriter.replacePublished(output, job.outputPath(), page.bytes());
            state.publishedAhead(job, page);
        }
        return jobs.stream().map(RenderJob::url).toList();
    }
}
