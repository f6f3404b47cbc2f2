package dev.evergreen.build;

import dev.evergreen.check.CheckProgress;
import dev.evergreen.report.ReportSink;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Builds one site again and again in one process, keeping what does not change warm: the dev server
 * holds one and calls {@link #rebuild} with the files it saw change. A rebuild re-reads and re-parses
 * only those files, renders only the outputs that show them (the item, its neighbours, the list and
 * feed pages listing it), and writes only files whose bytes changed. The edited pages themselves are
 * published first, as soon as the model stands (see {@link EditedPagesFirst}). The first build starts
 * from the build and parse caches the last build left on disk, as a one-shot build does, so a dev server
 * on a large site that was built before starts in seconds. Every rebuild still checks
 * every internal link of the whole site. An edited template ({@code layouts/}) renders the pages that use it.
 * Changes it cannot follow file by file ({@code site.yml}, added or deleted files) rebuild from scratch,
 * still writing only what changed.
 *
 * <pre>{@code
 * Session session = new Session(options, CheckProgress.NONE, System.out);
 * session.build();                                   // first build: everything
 * session.rebuild(Set.of(Path.of("posts/a.md")));    // after an edit
 * }</pre>
 *
 * Not thread-safe: call it from one thread (a dev server's rebuild loop).
 */
public final class Session {

    private final BuildOptions options;
    private final CheckProgress progress;
    private final ReportSink console;
    private final WarmState state;
    private final Consumer<List<String>> editedPagesPublished;

    /** @see Build#Build(BuildOptions, CheckProgress, ReportSink) */
    public Session(BuildOptions options, CheckProgress progress, ReportSink console) {
        this(options, progress, console, urls -> { });
    }

    /**
     * @param editedPagesPublished told the URLs of edited pages as soon as they are published, before the
     *     rest of their rebuild: a dev server reloads the tabs showing them at once
     */
    public Session(BuildOptions options, CheckProgress progress, ReportSink console,
                   Consumer<List<String>> editedPagesPublished) {
        this.options = options;
        this.progress = progress;
        this.console = console;
        this.editedPagesPublished = editedPagesPublished;
        this.state = WarmState.session(BuildCache.of(options, Build.linksVerifiedOn(options)), ParseCache.of(options));
    }

    /** @see Build#Build(BuildOptions, CheckProgress, PrintStream) */
    public Session(BuildOptions options, CheckProgress progress, PrintStream console) {
        this(options, progress, ReportSink.of(console));
    }

    /** A full build (reading every file), keeping the result warm for {@link #rebuild}. */
    public BuildResult build() {
        return new Build(options, progress, console, state, null, editedPagesPublished).run();
    }

    /** The outputs the last build rendered again (the others were kept), relative to the output directory. */
    Set<Path> lastRendered() {
        return state.renderedOutputs();
    }

    /** Files outside the content that pages include in code blocks, as of the last build: watch them too. */
    public Set<Path> includedFiles() {
        return state.includedFiles();
    }

    /**
     * Builds again after {@code changed} files changed; the first call, or one with an empty set,
     * builds everything.
     *
     * @param changed absolute paths, or paths relative to the content directory
     */
    public BuildResult rebuild(Set<Path> changed) {
        Set<Path> relative = new TreeSet<>();
        for (Path path : changed) {
            Path absolute = options.source().resolve(path).normalize();
            if (absolute.startsWith(options.source())) {
                relative.add(options.source().relativize(absolute));
                continue;
            }
            // Outside the content, only a file that code blocks include is followed: its pages are parsed again.
            Set<Path> including = state.forgetIncluding(absolute);
            if (including.isEmpty()) {
                return build();
            }
            relative.addAll(including);
        }
        return new Build(options, progress, console, state, relative.isEmpty() ? null : relative,
                editedPagesPublished).run();
    }
}
