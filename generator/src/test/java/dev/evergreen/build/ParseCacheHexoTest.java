package dev.evergreen.build;

import dev.evergreen.check.CheckProgress;
import dev.evergreen.report.ReportSink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A Hexo blog's pages also depend on the other posts (post_link titles) and on include_code's files. */
class ParseCacheHexoTest {

    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

    @TempDir
    Path tmp;
    Path source;
    BuildOptions options;
    ParseCache cache;
    final List<String> warnings = new ArrayList<>();
    int pages;

    @BeforeEach
    void firstBuild() {
        source = FixtureSites.copy("hexo-blog", tmp);
        options = FixtureSites.options(source, tmp.resolve("public"));
        build();
        pages = cache.parsed();
        build();
    }

    @Test
    void anUnchangedBlogParsesNothing() {
        assertThat(pages).isPositive();
        assertThat(cache.parsed()).isZero();
        assertThat(cache.reused()).isEqualTo(pages);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aRetitledPostParsesThePostsLinkingToItToo() throws IOException {
        Path post = source.resolve("source/_posts/lorem/你好世界.md");
        Files.writeString(post, Files.readString(post).replace("title: 你好，世界", "title: 再见"));

        build();

        assertThat(cache.parsed()).isEqualTo(pages);
        assertThat(FixtureSites.snapshotTexts(options.output())).isEqualTo(cleanBuild());
    }

    @Test
    void anEditedIncludeCodeFileParsesAgain() throws IOException {
        Files.writeString(source.resolve("source/downloads/code/hello.js"), "console.log('edited');\n");

        build();

        assertThat(cache.parsed()).isEqualTo(pages);
        assertThat(FixtureSites.snapshotTexts(options.output())).isEqualTo(cleanBuild());
    }

    private void build() {
        cache = new ParseCache(ParseCache.besides(options.buildCache().orElseThrow()), warnings::add);
        new Build(options, CheckProgress.NONE, ReportSink.of(QUIET), WarmState.oneShot(null, cache), null,
                urls -> { }).run();
    }

    private java.util.Map<String, String> cleanBuild() {
        Path clean = tmp.resolve("clean");
        new Build(FixtureSites.options(source, clean).withBuildCache(Optional.empty()), CheckProgress.NONE, QUIET).run();
        return FixtureSites.snapshotTexts(clean);
    }
}
