package dev.evergreen.build;

import dev.evergreen.check.CheckProgress;
import dev.evergreen.check.ExternalCheckOptions;
import dev.evergreen.check.ExternalLinkChecker;
import dev.evergreen.check.LinkChecker;
import dev.evergreen.check.LinkUse;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.LinkFinding;
import dev.evergreen.load.Asset;
import dev.evergreen.load.ContentLoader;
import dev.evergreen.load.LinkSettings;
import dev.evergreen.load.LoadedContent;
import dev.evergreen.model.ModelOptions;
import dev.evergreen.model.ModelResult;
import dev.evergreen.model.SiteModeler;
import dev.evergreen.parse.ParsedPage;
import dev.evergreen.postprocess.PostProcessor;
import dev.evergreen.postprocess.ProcessedPage;
import dev.evergreen.render.RenderJob;
import dev.evergreen.render.SiteRenderer;
import dev.evergreen.report.ReportOptions;
import dev.evergreen.report.ReportStats;
import dev.evergreen.report.Reporter;
import dev.evergreen.write.SiteWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pipeline, named once and in order: load, parse, model, render + post-process + write, check,
 * report. Each stage is timed and logged under its name. Content errors keep the previous output;
 * link errors are reported on the site that was published.
 */
public final class Build {

    private static final Logger LOG = LoggerFactory.getLogger(Build.class);

    private final BuildOptions options;
    private final CheckProgress progress;
    private final PrintStream console;
    private final WarmState state;
    private final Set<Path> changed;

    /**
     * @param progress told about the external check, the slow part
     * @param console where the findings are printed, one per line
     */
    public Build(BuildOptions options, CheckProgress progress, PrintStream console) {
        this(options, progress, console, new WarmState(), null);
    }

    /** A build that starts from what an earlier one in this process left: see {@link Session}. */
    Build(BuildOptions options, CheckProgress progress, PrintStream console, WarmState state, Set<Path> changed) {
        this.options = options;
        this.progress = progress;
        this.console = console;
        this.state = state;
        this.changed = changed;
    }

    public static BuildResult run(BuildOptions options) {
        return new Build(options, CheckProgress.NONE, System.out).run();
    }

    public BuildResult run() {
        long start = System.nanoTime();
        StageTimer timer = new StageTimer(LOG);
        List<Finding> findings = new ArrayList<>();

        LoadedContent content = timer.run("load",
                () -> state.load(new ContentLoader(options.source(), List.of(options.output(), options.reportDir())),
                        changed),
                c -> c.sources().size() + " Markdown files, " + c.assets().size() + " assets");
        findings.addAll(content.findings());

        List<ParsedPage> parsed = timer.run("parse", state::parse, p -> p.size() + " pages");
        parsed.forEach(p -> findings.addAll(p.findings()));

        ModelResult model = timer.run("model",
                () -> new SiteModeler(content.config(), new ModelOptions(options.drafts(), options.future(),
                        options.clock())).model(content, parsed),
                m -> m.site().items().size() + " items, " + m.site().tags().terms().size() + " tags");
        findings.addAll(model.findings());

        SiteRenderer renderer = state.renderer();
        findings.addAll(renderer.validate(model.site()));
        LinkChecker checker = new LinkChecker(content.config().baseUrl(), content.config().links().severities());
        boolean contentErrors = findings.stream().anyMatch(Finding::isError);
        int pages;
        try (SiteWriter writer = new SiteWriter(options.output())) {
            pages = timer.run("render", () -> renderAndWrite(model, renderer, writer, checker), n -> n + " files");
            if (contentErrors) {
                LOG.error("content errors: the previous output in {} is kept", options.output());
            } else {
                writer.publish();
                state.publishedRender();
                LOG.info("write: {} files identical to the published ones, left alone", writer.unchangedFiles());
            }
        }

        LinkChecker.InternalResult internal = timer.run("check", checker::checkInternal,
                r -> r.checkedLinks() + " internal links, " + r.findings().size() + " problems");
        findings.addAll(internal.findings());
        List<LinkFinding> external = checkExternal(content.config().links(), internal.externalUses());
        findings.addAll(external);

        findings.sort(Comparator.comparing(Finding::pos).thenComparing(Finding::kind).thenComparing(Finding::detail));
        long millis = (System.nanoTime() - start) / 1_000_000;
        ReportStats stats = new ReportStats(pages, internal.checkedLinks(), distinctUrls(internal.externalUses()), millis);
        report(findings, content, stats);
        return new BuildResult(findings, stats, !contentErrors);
    }

    private int renderAndWrite(ModelResult model, SiteRenderer renderer, SiteWriter writer, LinkChecker checker) {
        PostProcessor postProcessor = new PostProcessor(model.site());
        List<RenderJob> jobs = renderer.plan(model.site());
        state.startRender(model.site(), options.output());
        AtomicInteger count = new AtomicInteger();
        jobs.parallelStream().forEach(job -> {
            Optional<ProcessedPage> unchanged = state.unchanged(job);
            if (unchanged.isPresent()) {
                writer.keep(job.outputPath());
                checker.add(unchanged.get());
            } else {
                ProcessedPage page = postProcessor.process(renderer.render(job));
                writer.write(page.outputPath(), page.bytes());
                checker.add(page);
                state.rendered(job, page);
            }
            count.incrementAndGet();
        });
        for (Asset asset : model.site().assets()) {
            if (writer.wasWritten(asset.path())) {
                LOG.warn("{}: a generated page has the same path; the asset is not copied", asset.slashPath());
                continue;
            }
            writer.copy(asset.path(), asset.file());
            checker.addFile(asset.slashPath());
            count.incrementAndGet();
        }
        return count.get();
    }

    private List<LinkFinding> checkExternal(LinkSettings links, List<LinkUse> uses) {
        if (options.externalLinks() == BuildOptions.ExternalLinks.SKIP) {
            LOG.info("external links: not checked (externalLinks=skip)");
            return List.of();
        }
        if (options.offline()) {
            LOG.warn("external links: not checked, offline mode ({} unique URLs unverified)", distinctUrls(uses));
            return List.of();
        }
        List<LinkUse> selected = new ChangedSources(options).select(uses);
        ExternalCheckOptions checkOptions = ExternalCheckSettings.of(links, options);
        long start = System.nanoTime();
        try (ExternalLinkChecker checker = new ExternalLinkChecker(checkOptions, options.clock(), progress)) {
            List<LinkFinding> found = checker.check(selected);
            LOG.info("external: {} unique URLs, {} problems ({} ms)", distinctUrls(selected), found.size(),
                    (System.nanoTime() - start) / 1_000_000);
            return found;
        }
    }

    private static int distinctUrls(List<LinkUse> uses) {
        return (int) uses.stream().map(LinkUse::url).distinct().count();
    }

    private void report(List<Finding> findings, LoadedContent content, ReportStats stats) {
        Reporter reporter = new Reporter(new ReportOptions(options.reportDir(), content.root(), options.environment()));
        reporter.print(findings, stats, console);
        List<java.nio.file.Path> sourceFiles = content.sources().stream().map(s -> s.path()).toList();
        reporter.write(findings, sourceFiles, stats);
    }
}
