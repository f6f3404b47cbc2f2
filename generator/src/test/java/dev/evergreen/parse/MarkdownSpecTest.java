package dev.evergreen.parse;

import dev.evergreen.load.Source;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs every example of {@code parse/spec.md}: Markdown in, exact HTML out. */
class MarkdownSpecTest {

    private static final String FENCE = "````````````````````````````````";
    private static final String OPEN = FENCE + " example ";

    private final MarkdownParser parser = new MarkdownParser(ZoneOffset.UTC, Pages.CODE_ROOT);

    record Example(String name, int line, String markdown, String html) {
    }

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        return examplesIn("/parse/spec.md").stream().map(example -> DynamicTest.dynamicTest(
                example.name() + " (spec.md:" + example.line() + ")",
                () -> assertThat(render(example.markdown())).isEqualTo(example.html())));
    }

    private String render(String markdown) {
        return parser.parse(new Source(Path.of("posts", "spec.md"), Path.of("/site/posts/spec.md"), markdown)).html();
    }

    static List<Example> examplesIn(String resource) throws IOException {
        List<Example> examples = new ArrayList<>();
        String[] lines = read(resource).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith(OPEN)) {
                continue;
            }
            int start = i;
            StringBuilder markdown = new StringBuilder();
            StringBuilder html = new StringBuilder();
            StringBuilder into = markdown;
            for (i++; !lines[i].equals(FENCE); i++) {
                if (lines[i].equals(".") && into == markdown) {
                    into = html;
                } else {
                    into.append(lines[i]).append('\n');
                }
            }
            examples.add(new Example(lines[start].substring(OPEN.length()), start + 1, markdown.toString(),
                    html.toString()));
        }
        assertThat(examples).as("examples in " + resource).isNotEmpty();
        return examples;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = MarkdownSpecTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
