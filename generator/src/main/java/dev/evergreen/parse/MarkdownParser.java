package dev.evergreen.parse;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.SourcePos;
import dev.evergreen.load.Channel;
import dev.evergreen.load.HexoSettings;
import dev.evergreen.load.LoadedContent;
import dev.evergreen.load.ProsePhrase;
import dev.evergreen.load.SiteConfig;
import dev.evergreen.load.Source;
import dev.evergreen.parse.ext.AdmonitionExtension;
import dev.evergreen.parse.ext.CodeIncludeExtension;
import dev.evergreen.parse.ext.MarkupProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The parse stage: one Markdown {@link Source} → a {@link ParsedPage} with typed front matter, the body
 * and excerpt as stamped HTML, headings with GitHub ids, and text counts. Build one per build and share
 * it: the flexmark parser and renderer inside are built once and are safe to use from many threads.
 */
public final class MarkdownParser {

    private static final Logger LOG = LoggerFactory.getLogger(MarkdownParser.class);

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Excerpts excerpts;
    private final FrontMatterReader frontMatterReader;
    /** Hexo's tag plugins, expanded before flexmark reads a body; null for sites that are not Hexo blogs. */
    private final HexoTags hexoTags;
    private final ProseLint proseLint;
    private final String settingsKey;

    /**
     * @param timeZone the zone of front matter dates written without one
     * @param codeRoot the folder code blocks include files from (site.yml {@code docs.codeRoot})
     */
    public MarkdownParser(ZoneId timeZone, Path codeRoot) {
        this(timeZone, codeRoot, null, ProseLint.none(),
                ParserSettings.key(timeZone, codeRoot, Map.of(), "", null));
    }

    /**
     * The parser for a site: a Hexo blog's gets its tag plugins and its Markdown renderer's options;
     * every site's reports, per channel, the phrases {@code site.yml} says to avoid.
     */
    public static MarkdownParser forSite(LoadedContent content) {
        SiteConfig config = content.config();
        Map<String, List<ProsePhrase>> avoid = config.channelSettings().values().stream()
                .collect(Collectors.toMap(Channel::name, Channel::avoid));
        ProseLint lint = new ProseLint(avoid, config.defaultChannel());
        HexoSite hexo = config.hexo().map(settings -> HexoSite.of(content, settings)).orElse(null);
        return new MarkdownParser(config.timeZone(), config.docs().codeRoot(), hexo, lint,
                ParserSettings.key(config.timeZone(), config.docs().codeRoot(), avoid, config.defaultChannel(), hexo));
    }

    private MarkdownParser(ZoneId timeZone, Path codeRoot, HexoSite hexo, ProseLint proseLint, String settingsKey) {
        this.proseLint = proseLint;
        this.settingsKey = settingsKey;
        HexoSettings.Marked marked = hexo == null ? null : hexo.settings().marked();
        List<Extension> extensions = new ArrayList<>();
        if (marked == null || marked.gfm()) {
            extensions.addAll(List.of(TablesExtension.create(), StrikethroughExtension.create(),
                    TaskListExtension.create()));
        }
        if (marked == null || marked.autolink()) {
            extensions.add(BareUrlLinks.create());
        }
        extensions.addAll(List.of(FootnoteExtension.create(), AdmonitionExtension.create(),
                CodeIncludeExtension.create()));
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, extensions)
                .set(CodeIncludeExtension.ROOT, codeRoot)
                // GitHub's table rules: no column spans, rows padded or cut to the header's width.
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                // Heading ids come from HeadingIds (GitHub's rules), set by SourceStamps.
                .set(HtmlRenderer.GENERATE_HEADER_ID, false)
                .set(HtmlRenderer.RENDER_HEADER_ID, false);
        if (marked != null && marked.breaks()) {
            options.set(HtmlRenderer.SOFT_BREAK, "<br>\n");
        }
        this.parser = Parser.builder(options).build();
        HtmlRenderer.Builder rendering = HtmlRenderer.builder(options)
                .attributeProviderFactory(SourceStamps.FACTORY)
                .nodeRendererFactory(RawHtmlStamps.FACTORY);
        if (hexo != null) {
            rendering.linkResolverFactory(HexoLinks.factory(hexo));
        }
        this.renderer = rendering.build();
        this.hexoTags = hexo == null ? null : new HexoTags(hexo);
        this.excerpts = new Excerpts(renderer);
        this.frontMatterReader = new FrontMatterReader(timeZone);
    }

    /**
     * What this parser's output depends on besides a page's own text and its {@link ParsedPage#includes()}:
     * the site's settings it reads and, for a Hexo blog, the other posts' slugs and titles and the blog's
     * files. Equal keys (in any JVM) parse an unchanged page the same, so a cache of parses may reuse it.
     */
    public String settingsKey() {
        return settingsKey;
    }

    public ParsedPage parse(Source source) {
        List<Finding> findings = new ArrayList<>();
        FrontMatterBlock block = FrontMatterBlock.of(source.text());
        FrontMatter frontMatter = frontMatter(block, source, findings);
        findings.sort(Comparator.comparing(Finding::pos));
        String body = source.text().substring(block.bodyStart());
        try {
            return parseBody(source, frontMatter, body, block.bodyFirstLine(), findings);
        } catch (StackOverflowError e) {
            LOG.debug("stack overflow parsing {}", source.path(), e);
            findings.add(ContentFinding.error(SourcePos.of(source.path(), 1), "nesting",
                    "nesting too deep to render: lists or block quotes are nested thousands of levels;"
                            + " flatten the structure"));
            return new ParsedPage(source, frontMatter, "", "", false, List.of(), new TextStats(0, 0), findings,
                    List.of());
        }
    }

    private FrontMatter frontMatter(FrontMatterBlock block, Source source, List<Finding> findings) {
        if (!block.closed()) {
            findings.add(ContentFinding.error(SourcePos.of(source.path(), 1), "front-matter",
                    "the front matter opened by '---' on line 1 is never closed; add a line with '---' after it"));
            return FrontMatter.empty();
        }
        if (!block.present()) {
            return FrontMatter.empty();
        }
        try {
            return frontMatterReader.read(YamlFrontMatter.read(block.yaml(), source.path()), source.path(), findings);
        } catch (YamlFrontMatter.UnreadableYaml e) {
            findings.add(e.problem);
            return FrontMatter.empty();
        }
    }

    private ParsedPage parseBody(Source source, FrontMatter frontMatter, String body, int bodyFirstLine,
                                 List<Finding> findings) {
        String text = body;
        LineIndex lines;
        if (hexoTags != null && !Boolean.TRUE.equals(frontMatter.extra().get("disableNunjucks"))) {
            MappedText expanded = hexoTags.expand(source, body, bodyFirstLine, findings);
            text = expanded.text();
            lines = expanded.lineIndex();
        } else {
            lines = new LineIndex(body, bodyFirstLine);
        }
        Document document = parser.parse(text);
        List<MarkupProblem> problems = new ArrayList<>(AdmonitionExtension.problems(document));
        problems.addAll(CodeIncludeExtension.problems(document));
        for (MarkupProblem problem : problems) {
            SourcePos pos = SourcePos.of(source.path(), lines.lineAt(problem.offset()));
            findings.add(problem.error() ? ContentFinding.error(pos, problem.kind(), problem.detail())
                    : ContentFinding.warning(pos, problem.kind(), problem.detail()));
        }
        PageHeadings headings = PageHeadings.of(document, lines);
        new PageContext(source.slashPath(), lines, headings.idsByNode()).attachTo(document);

        findings.addAll(proseLint.lint(document, lines, frontMatter, source.path()));
        findings.addAll(MissingAltText.find(document, lines, source.path()));
        String html = renderer.render(document);
        TextStats stats = TextCounter.count(document);
        // Last: building the excerpt moves nodes out of the document.
        Optional<Node> marker = Excerpts.moreMarker(document);
        String excerpt = Excerpts.fromFrontMatter(frontMatter)
                .or(() -> marker.map(m -> excerpts.beforeMarker(document, m)))
                .orElseGet(() -> excerpts.fallback(document, frontMatter.description()));
        return new ParsedPage(source, frontMatter, html, excerpt, marker.isPresent(), headings.headings(), stats,
                findings, CodeIncludeExtension.includedFiles(document));
    }
}
