package dev.evergreen.build;

import dev.evergreen.check.ChannelCrossings;
import dev.evergreen.check.CheckProgress;
import dev.evergreen.check.ExternalCheckOptions;
import dev.evergreen.check.ExternalLinkChecker;
import dev.evergreen.check.LinkChecker;
import dev.evergreen.check.LinkUse;
import dev.evergreen.check.VideoEndpoints;
import dev.evergreen.check.VideoUse;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.LinkFinding;
import dev.evergreen.ledger.KeptUrls;
import dev.evergreen.ledger.OutputFile;
import dev.evergreen.ledger.UrlLedger;
import dev.evergreen.load.Asset;
import dev.evergreen.load.ContentLoader;
import dev.evergreen.load.LinkSettings;
import dev.evergreen.load.LoadedContent;
import dev.evergreen.load.SiteConfig;
import dev.evergreen.load.Source;
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
import dev.evergreen.report.ReportSink;
import dev.evergreen.report.Reporter;
import dev.evergreen.write.SiteWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The pipeline, named once and in order: load, parse, model, ledger (aliases and published URLs),
 * render + post-process + write, check, report. Each stage is timed and logged under its name.
 * Content errors (a vanished URL among them) keep the previous output; link errors are reported on
 * the site that was published.
 */
public final class Build {

    private static final Logger LOG = LoggerFactory.getLogger(Build.class);

    private final BuildOptions options;
    private final CheckProgress progress;
    private final ReportSink console;
    private final WarmState state;
    private final Set<Path> changed;
    private final Consumer<List<String>> editedPagesPublished;

    /**
     * @param progress told about the external check, the slow part
     * @param console where the findings are printed, one per line
     */
    public Build(BuildOptions options, CheckProgress progress, PrintStream console) {
        this(options, progress, ReportSink.of(console));
    }

    /** @param console where the findings go, one line at a time with its severity */
    public Build(BuildOptions options, CheckProgress progress, ReportSink console) {
        this(options, progress, console, WarmState.oneShot(BuildCache.of(options, linksVerifiedOn(options)),
                ParseCache.of(options)), null, urls -> { });
    }

    /** A build that starts from what an earlier one in this process left: see {@link Session}. */
    Build(BuildOptions options, CheckProgress progress, ReportSink console, WarmState state, Set<Path> changed,
          Consumer<List<String>> editedPagesPublished) {
        this.options = options;
        this.progress = progress;
        this.console = console;
        this.state = state;
        this.changed = changed;
        this.editedPagesPublished = editedPagesPublished;
    }

    public static BuildResult run(BuildOptions options) {
        return new Build(options, CheckProgress.NONE, System.out).run();
    }

    public BuildResult run() {
        long start = System.nanoTime();
        StageTimer timer = new StageTimer(LOG);
        List<Finding> findings = new ArrayList<>();

        ContentLoader loader = new ContentLoader(options.source(), List.of(options.output(), options.reportDir()),
                options.overrides());
        LoadedContent content = timer.run("load", () -> state.load(loader, changed),
                c -> c.sources().size() + " Markdown files, " + c.assets().size() + " assets");
        findings.addAll(content.findings());

        List<ParsedPage> parsed = timer.run("parse", state::parse, p -> p.size() + " pages");
        parsed.forEach(p -> findings.addAll(p.findings()));

        ModelResult model = timer.run("model",
                () -> new SiteModeler(content.config(), modelOptions(content.config())).model(content, parsed),
                m -> m.site().items().size() + " items, " + m.site().tags().terms().size() + " tags");
        findings.addAll(model.findings());

        SiteRenderer renderer = state.renderer(linksVerifiedOn(options));
        findings.addAll(renderer.validate(model.site()));
        PostProcessor postProcessor = new PostProcessor(model.site());
        if (changed != null && findings.stream().noneMatch(Finding::isError)) {
            List<String> early = timer.run("edited pages", () -> EditedPagesFirst.publish(model.site(), renderer,
                    postProcessor, state, changed, options.output()), urls -> urls.size() + " published ahead of the rest");
            if (!early.isEmpty()) {
                editedPagesPublished.accept(early);
            }
        }
        List<RenderJob> jobs = renderer.plan(model.site());
        UrlLedger ledger = new UrlLedger(content.root(), options.updateLedger());
        KeptUrls kept = timer.run("ledger", () -> ledger.keep(model.site(), jobs),
                k -> k.redirectPages().size() + " redirects, " + k.findings().size() + " findings");
        findings.addAll(kept.findings());
        LinkChecker checker = new LinkChecker(content.config().baseUrl(), content.config().links().severities());
        ChannelCrossings crossings = new ChannelCrossings(content.config());
        boolean contentErrors = findings.stream().anyMatch(Finding::isError);
        int pages;
        try (SiteWriter writer = new SiteWriter(options.output());
             ChannelOutputs channels = new ChannelOutputs(content.config())) {
            pages = timer.run("render",
                    () -> renderAndWrite(model, renderer, postProcessor, jobs, kept, writer, channels, checker, crossings),
                    n -> n + " files");
            if (contentErrors) {
                LOG.error("content errors: the previous output in {} is kept", options.output());
            } else {
                writer.publish();
                channels.publish();
                LOG.info("write: {} files identical to the published ones, left alone", writer.unchangedFiles());
                if (options.outputTimestamp() != null) {
                    PublishedTimes.set(options.output(), options.outputTimestamp());
                }
                state.publishedRender();
            }
        }

        if (options.updateLedger() && !contentErrors && ledger.update(kept)) {
            LOG.info("ledger: {} updated", ContentLoader.LEDGER_FILE);
        }
        LinkChecker.InternalResult internal = timer.run("check", checker::checkInternal,
                r -> r.checkedLinks() + " internal links, " + r.findings().size() + " problems");
        findings.addAll(internal.findings());
        findings.addAll(crossings.findings());
        ExternalResult external = checkExternal(content.config().links(), internal.externalUses(),
                RecordingVideos.uses(model.site()));
        findings.addAll(external.findings());

        findings.sort(Comparator.comparing(Finding::pos).thenComparing(Finding::kind).thenComparing(Finding::detail));
        long millis = (System.nanoTime() - start) / 1_000_000;
        ReportStats stats = new ReportStats(pages, internal.checkedLinks(), external.checkedUrls(), millis);
        report(findings, content, stats);
        return new BuildResult(findings, stats, !contentErrors);
    }

    /** A Hexo blog's {@code render_drafts} and {@code future} publish what the command line would. */
    private ModelOptions modelOptions(SiteConfig config) {
        boolean drafts = config.hexo().map(h -> h.renderDrafts()).orElse(false);
        boolean future = config.hexo().map(h -> h.future()).orElse(false);
        return new ModelOptions(options.drafts() || drafts, options.future() || future, options.clock());
    }

    private int renderAndWrite(ModelResult model, SiteRenderer renderer, PostProcessor postProcessor,
                               List<RenderJob> jobs, KeptUrls kept,
                               SiteWriter writer, ChannelOutputs channels, LinkChecker checker,
                               ChannelCrossings crossings) {
        // A failing page must not leave other threads writing into the staging folder while it is removed:
        // every job runs to its end, then the first failure (in job order, so the same on every run) is thrown.
        state.startRender(model.site(), options.output());
        RuntimeException[] failures = new RuntimeException[jobs.size()];
        IntStream.range(0, jobs.size()).parallel().forEach(i -> {
            try {
                RenderJob job = jobs.get(i);
                if (channels.serves(job.url())) {
                    channels.write(postProcessor.process(renderer.render(job)));
                    return;
                }
                Optional<ProcessedPage> unchanged = state.unchanged(job);
                if (unchanged.isPresent()) {
                    writer.keep(job.outputPath());
                    checker.add(unchanged.get());
                    crossings.add(unchanged.get());
                } else {
                    ProcessedPage page = postProcessor.process(renderer.render(job));
                    writePage(page, writer, checker);
                    crossings.add(page);
                    state.rendered(job, page);
                }
            } catch (RuntimeException e) {
                failures[i] = e;
            }
        });
        for (RuntimeException failure : failures) {
            if (failure != null) {
                throw failure;
            }
        }
        kept.redirectPages().forEach(page -> writePage(postProcessor.process(page), writer, checker));
        // Gone pages stay out of the link check: a link to a removed page is broken.
        for (OutputFile file : kept.files()) {
            writer.write(file.outputPath(), file.content().getBytes(StandardCharsets.UTF_8));
        }
        int count = jobs.size() + kept.redirectPages().size() + kept.files().size();
        for (Asset asset : model.site().assets()) {
            if (writer.wasWritten(asset.path())) {
                LOG.warn("{}: a generated page has the same path; the asset is not copied", asset.slashPath());
                continue;
            }
            writer.copy(asset.path(), asset.file());
            checker.addFile(asset.slashPath());
            count++;
        }
        return count;
    }

    private static void writePage(ProcessedPage page, SiteWriter writer, LinkChecker checker) {
        writer.write(page.outputPath(), page.bytes());
        checker.add(page);
    }

    /** The day printed as "links last verified": today by the build's clock, when this build checks the outside world. */
    static LocalDate linksVerifiedOn(BuildOptions options) {
        boolean checks = !options.offline() && options.externalLinks() == BuildOptions.ExternalLinks.CHECK;
        return checks ? LocalDate.now(options.clock()) : null;
    }

    private ExternalResult checkExternal(LinkSettings links, List<LinkUse> uses, List<VideoUse> videos) {
        if (options.externalLinks() == BuildOptions.ExternalLinks.SKIP) {
            LOG.info("external links: not checked (externalLinks=skip)");
            return ExternalResult.NONE;
        }
        if (options.offline()) {
            LOG.warn("external links: not checked, offline mode ({} unique URLs and {} videos unverified)",
                    distinctUrls(uses), videos.size());
            return ExternalResult.NONE;
        }
        ChangedSources changedSources = new ChangedSources(options);
        List<LinkUse> selected = changedSources.select(uses, LinkUse::pos);
        List<VideoUse> selectedVideos = changedSources.select(videos, VideoUse::pos);
        if (selected.isEmpty() && selectedVideos.isEmpty()) {
            return ExternalResult.NONE;
        }
        ExternalCheckOptions checkOptions = ExternalCheckSettings.of(links, options);
        long start = System.nanoTime();
        try (ExternalLinkChecker checker = new ExternalLinkChecker(checkOptions, options.clock(), progress)) {
            List<LinkFinding> found = new ArrayList<>(checker.check(selected));
            found.addAll(checker.checkVideos(selectedVideos, VideoEndpoints.defaults()));
            LOG.info("external: {} unique URLs, {} problems ({} ms)", distinctUrls(selected), found.size(),
                    (System.nanoTime() - start) / 1_000_000);
            return new ExternalResult(found, distinctUrls(selected));
        }
    }

    /** What the external check found, and how many distinct URLs it asked about. */
    private record ExternalResult(List<LinkFinding> findings, int checkedUrls) {
        static final ExternalResult NONE = new ExternalResult(List.of(), 0);
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
