package dev.evergreen.parse.ext;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import java.nio.file.Path;
import java.util.List;

/**
 * Code from the source tree, so that examples in the docs are the code that compiles. A fenced block
 * whose info names a file shows that file, a line range or a named region of it; its own lines are ignored:
 * <pre>
 * ```java file=generator/src/main/java/Foo.java region=parse
 * ```
 * ```yaml file="content/site.yml" lines=1-5
 * ```
 * </pre>
 * Paths are relative to {@link #ROOT}; a missing file, region or range is an error {@link MarkupProblem}.
 */
public final class CodeIncludeExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /** The folder included files are read from, absolute; nothing outside it is read. */
    public static final DataKey<Path> ROOT = new DataKey<>("EVERGREEN_CODE_ROOT", Path.of("").toAbsolutePath());

    private CodeIncludeExtension() {
    }

    public static CodeIncludeExtension create() {
        return new CodeIncludeExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // ROOT is read once, when the parser is built.
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new CodeIncluder.Factory(ROOT.get(builder).toAbsolutePath().normalize()));
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // No options.
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new IncludedCodeRenderer());
    }

    /**
     * Every file a parsed document's code blocks name, read or not (a missing file that appears must
     * rebuild the page too), absolute and sorted: the page depends on them.
     */
    public static List<Path> includedFiles(Document document) {
        return CodeIncluder.of(document).map(CodeIncluder::files).orElse(List.of());
    }

    /** The includes of a parsed document that failed, in document order. */
    public static List<MarkupProblem> problems(Document document) {
        return CodeIncluder.of(document).map(CodeIncluder::problems).orElse(List.of());
    }
}
