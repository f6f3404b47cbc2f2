package dev.evergreen.parse.ext;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.PostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the code of every fenced block whose info names a {@code file=}, right after parsing, and keeps
 * it on the document for {@link IncludedCodeRenderer}; what cannot be read becomes a {@link MarkupProblem}.
 * Nothing outside the code root is read, whether by {@code ..} or by a symbolic link.
 */
final class CodeIncluder extends DocumentPostProcessor {

    private static final NullableDataKey<CodeIncluder> KEY = new NullableDataKey<>("EVERGREEN_CODE_INCLUDES");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|(\\S+))");
    private static final Pattern RANGE = Pattern.compile("(\\d+)(?:-(\\d+))?");

    private final Path root;
    private final Set<Path> files = new HashSet<>();
    private final Map<Node, String> code = new IdentityHashMap<>();
    private final List<MarkupProblem> problems = new ArrayList<>();

    private CodeIncluder(Path root) {
        this.root = root;
    }

    static Optional<CodeIncluder> of(Document document) {
        return Optional.ofNullable(KEY.get(document));
    }

    /** The included code of a block, if it names a file that was read. */
    Optional<String> code(Node block) {
        return Optional.ofNullable(code.get(block));
    }

    List<MarkupProblem> problems() {
        return List.copyOf(problems);
    }

    List<Path> files() {
        return files.stream().sorted().toList();
    }

    @Override
    public Document processDocument(Document document) {
        document.set(KEY, this);
        for (Node node : document.getDescendants()) {
            if (node instanceof FencedCodeBlock block) {
                Map<String, String> attributes = attributes(block.getInfo().toString());
                if (attributes.containsKey("file")) {
                    include(block, attributes);
                }
            }
        }
        return document;
    }

    private void include(FencedCodeBlock block, Map<String, String> attributes) {
        int offset = block.getStartOffset();
        String file = attributes.get("file");
        Optional<List<String>> lines = read(file, offset);
        if (lines.isEmpty()) {
            return;
        }
        String region = attributes.get("region");
        String range = attributes.get("lines");
        if (region != null && range != null) {
            problem(offset, "name either a region or lines of " + file + ", not both");
        } else if (region != null) {
            CodeSlice.region(lines.get(), region).ifPresentOrElse(text -> code.put(block, text),
                    () -> problem(offset, file + " has no region '" + region + "' (marked '// region " + region
                            + "' … '// endregion', or with # or <!-- --> comments)"));
        } else if (range != null) {
            Matcher m = RANGE.matcher(range);
            Optional<String> slice = !m.matches() ? Optional.empty() : CodeSlice.lines(lines.get(),
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(m.group(2) == null ? 1 : 2)));
            slice.ifPresentOrElse(text -> code.put(block, text), () -> problem(offset, "lines=\"" + range
                    + "\" is not a range such as 10-20 within the " + lines.get().size() + " lines of " + file));
        } else {
            code.put(block, CodeSlice.join(lines.get()));
        }
    }

    private Optional<List<String>> read(String file, int offset) {
        Path target = root.resolve(file).normalize();
        if (target.startsWith(root)) {
            files.add(target);
        }
        try {
            if (!target.startsWith(root) || !Files.isRegularFile(target)
                    || !target.toRealPath().startsWith(root.toRealPath())) {
                problem(offset, "no file " + file + " under the code root " + root
                        + " (paths are relative to it and never leave it)");
                return Optional.empty();
            }
            return Optional.of(Files.readAllLines(target, StandardCharsets.UTF_8));
        } catch (MalformedInputException e) {
            problem(offset, file + " is not UTF-8 text");
        } catch (IOException e) {
            problem(offset, "cannot read " + file + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    private void problem(int offset, String detail) {
        problems.add(new MarkupProblem(offset, true, "code-include", detail));
    }

    private static Map<String, String> attributes(String info) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(info);
        while (m.find()) {
            attributes.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        return attributes;
    }

    static final class Factory extends DocumentPostProcessorFactory {

        private final Path root;

        Factory(Path root) {
            this.root = root;
        }

        @Override
        public PostProcessor apply(Document document) {
            return new CodeIncluder(root);
        }
    }
}
