package dev.evergreen.parse;

import dev.evergreen.load.Source;

import java.nio.file.Path;
import java.time.ZoneId;

/** Parses test text as the file {@code posts/test.md} with the site in UTC+8. */
final class Pages {

    static final ZoneId SITE_ZONE = ZoneId.of("Asia/Shanghai");
    static final Path PATH = Path.of("posts", "test.md");
    /** The code root of includes in parse tests; tests run in the generator module. */
    static final Path CODE_ROOT = Path.of("src", "test", "resources", "parse", "code").toAbsolutePath();

    private static final MarkdownParser PARSER = new MarkdownParser(SITE_ZONE, CODE_ROOT);

    private Pages() {
    }

    static ParsedPage parse(String text) {
        return PARSER.parse(new Source(PATH, Path.of("/site").resolve(PATH), text));
    }
}
