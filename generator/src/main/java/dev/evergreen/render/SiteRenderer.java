package dev.evergreen.render;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.EvergreenException;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.SourcePos;
import dev.evergreen.load.SiteConfig;
import dev.evergreen.model.Item;
import dev.evergreen.model.Site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The render stage: turns a {@link Site} into pages, feeds, the sitemap and the theme's static files.
 * Plan first ({@link #plan}), then render each job, on any thread ({@link #render}).
 *
 * <p>Templates come from {@code <content root>/layouts/} first, then from the theme named in
 * {@code site.yml}; a site overrides the theme one file at a time, templates from {@code layouts/} and
 * static files from {@code static/}.
 */
public final class SiteRenderer {

    private static final Set<String> LIST_TEMPLATES = Set.of(
            Planner.INDEX, Planner.TAXONOMY, Planner.TERM, Planner.ARCHIVE, Planner.NOT_FOUND, Planner.RECORDINGS,
            Planner.CHANNEL);

    private final Theme theme;
    private final Templates templates;
    private final Locale locale;
    private final Set<String> layouts;
    private final LocalDate linksVerifiedOn;
    private final TemplateDigests templateDigests;
    /** Kept with the renderer, so a warm rebuild re-indexes only the items that changed. */
    private final SearchDocuments searchDocuments = new SearchDocuments();

    /** A renderer for a build that does not check links: pages do not claim a verification date. */
    public SiteRenderer(SiteConfig config, Path contentRoot) {
        this(config, contentRoot, null);
    }

    /**
     * @param linksVerifiedOn the day this build checks the site's links, printed in article footers, or
     *     {@code null} when it does not check them
     * @throws dev.evergreen.finding.ConfigException when the theme is not found
     */
    public SiteRenderer(SiteConfig config, Path contentRoot, LocalDate linksVerifiedOn) {
        this.linksVerifiedOn = linksVerifiedOn;
        this.theme = Theme.load(config.theme(), contentRoot, SiteRenderer.class.getClassLoader());
        this.locale = Locale.forLanguageTag(config.language());
        Path layoutsDir = contentRoot.resolve("layouts");
        this.templates = new Templates(theme, layoutsDir, locale, TimeZone.getTimeZone(config.timeZone()));
        this.layouts = availableLayouts(theme, layoutsDir);
        this.templateDigests = new TemplateDigests(theme, layoutsDir);
    }

    /**
     * Whether a file of the content is one templates are read from: under {@code layouts/}, or in the
     * theme's folder when site.yml names one. A warm rebuild renews the renderer when one changes.
     *
     * @param relative a path relative to the content root
     */
    public static boolean isTemplateFile(SiteConfig config, Path contentRoot, Path relative) {
        Path theme = Theme.folder(config.theme(), contentRoot);
        return relative.startsWith("layouts")
                || theme != null && contentRoot.resolve(relative).toAbsolutePath().normalize().startsWith(theme);
    }

    /** Every output of the site, sorted by output path. Cheap: nothing is rendered yet. */
    public List<RenderJob> plan(Site site) {
        return Planner.plan(site, theme, locale, linksVerifiedOn, layouts, searchDocuments, templateDigests);
    }

    /**
     * The pages of the items {@code only} accepts, planned exactly as {@link #plan} plans them: a dev server
     * renders an edited article's page before the rest of the site.
     */
    public List<RenderJob> planItemPages(Site site, Predicate<Item> only) {
        return Planner.planItemPages(site, theme, locale, linksVerifiedOn, layouts, searchDocuments, templateDigests,
                only);
    }

    /**
     * Renders one job. Thread-safe.
     *
     * @throws EvergreenException naming the template file and line when a template fails
     */
    public RenderedPage render(RenderJob job) {
        Produced produced = job.output().produce(templates);
        return new RenderedPage(job.url(), job.outputPath(), produced.content(), job.html(), produced.origin(),
                produced.bytes());
    }

    /**
     * An error at the {@code layout:} line of every item whose layout names no template, listing those
     * that exist.
     */
    public List<Finding> validate(Site site) {
        List<Finding> findings = new ArrayList<>();
        for (Item item : site.items()) {
            String layout = Planner.layoutOf(item);
            if (!layouts.contains(layout)) {
                int line = item.frontMatterLines().getOrDefault("layout", 1);
                findings.add(ContentFinding.error(SourcePos.of(item.source().path(), line), "layout",
                        "layout '" + layout + "' names no template; available layouts: "
                                + String.join(", ", layouts) + " (or add layouts/" + layout + Templates.EXTENSION + ")"));
            }
        }
        return List.copyOf(findings);
    }

    /** The theme's item layouts plus the site's own templates that are not partials ({@code _x.ftl}) or list pages. */
    private static Set<String> availableLayouts(Theme theme, Path layoutsDir) {
        Set<String> layouts = new TreeSet<>(theme.layouts());
        if (!Files.isDirectory(layoutsDir)) {
            return layouts;
        }
        try (Stream<Path> files = Files.list(layoutsDir)) {
            files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(Templates.EXTENSION) && !n.startsWith("_"))
                    .map(n -> n.substring(0, n.length() - Templates.EXTENSION.length()))
                    .filter(n -> !LIST_TEMPLATES.contains(n))
                    .forEach(layouts::add);
        } catch (IOException e) {
            throw new EvergreenException(layoutsDir, 0, "cannot list the layouts folder: " + e.getMessage(), e);
        }
        return layouts;
    }
}
