package dev.evergreen.parse.ext;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Callouts and tabs in plain Markdown. Both widely used callout forms work: GitHub alerts
 * ({@code > [!NOTE]}, {@code [!TIP]}, {@code [!IMPORTANT]}, {@code [!WARNING]}, {@code [!CAUTION]}) and
 * fenced containers ({@code :::note Optional title} … {@code :::}, also {@code info} and {@code danger}).
 * Tabs are a fenced {@code tabs} container of {@code tab} containers, the outer fence longer:
 * <pre>
 * ::::tabs
 * :::tab Maven
 * ...
 * :::
 * ::::
 * </pre>
 * An unknown type is a {@link MarkupProblem} (see {@link #problems}) and renders as a plain quote.
 */
public final class AdmonitionExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private AdmonitionExtension() {
    }

    public static AdmonitionExtension create() {
        return new AdmonitionExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // No options.
    }

    @Override
    public void extend(Parser.Builder builder) {
        // Before the block quote parser, which would otherwise take an alert's "> [!NOTE]" line.
        builder.customBlockParserFactory(new LineStart(
                List.of(AlertBlockParser::start, FencedContainerParser::start, FenceCloser::start),
                Set.of(BlockQuoteParser.Factory.class)));
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // No options.
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new AdmonitionRenderer());
    }

    /** A warning for every callout of an unknown type in a parsed document, in document order. */
    public static List<MarkupProblem> problems(Document document) {
        List<MarkupProblem> problems = new ArrayList<>();
        for (var node : document.getDescendants()) {
            if (node instanceof Admonition admonition && !AdmonitionType.known(admonition)) {
                problems.add(new MarkupProblem(admonition.openingOffset(), false, "admonition",
                        "unknown callout type '" + admonition.type() + "'; use "
                                + AdmonitionType.accepted(admonition.form())));
            }
        }
        return problems;
    }
}
