package dev.evergreen.render;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateDigestsTest {

    @TempDir
    Path root;
    Path layouts;
    Theme theme;

    @BeforeEach
    void defaultTheme() throws IOException {
        layouts = Files.createDirectories(root.resolve("layouts"));
        theme = Theme.load("default", root, TemplateDigestsTest.class.getClassLoader());
    }

    @Test
    void aTemplateChangesWithItselfAndWithWhatItImportsOnly() throws IOException {
        long article = digest("article");
        long page = digest("page");

        Files.writeString(layouts.resolve("article.ftl"), "<#import \"_base.ftl\" as base>mine");
        assertThat(digest("article")).isNotEqualTo(article);
        assertThat(digest("page")).isEqualTo(page);
        long mine = digest("article");

        // Every theme template imports _base.ftl: the site's own _base.ftl replaces it in all of them.
        Files.writeString(layouts.resolve("_base.ftl"), "<#macro page></#macro>");
        assertThat(digest("article")).isNotEqualTo(mine);
        assertThat(digest("page")).isNotEqualTo(page);
    }

    @Test
    void anIncludeNamedRelativelyIsFoundBesideTheIncludingTemplate() throws IOException {
        Files.createDirectories(layouts.resolve("parts"));
        Files.writeString(layouts.resolve("page.ftl"), "<#include \"parts/outer.ftl\">");
        Files.writeString(layouts.resolve("parts/outer.ftl"), "<#include 'inner.ftl'>");
        Files.writeString(layouts.resolve("parts/inner.ftl"), "one");
        long before = digest("page");

        Files.writeString(layouts.resolve("parts/inner.ftl"), "two");

        assertThat(digest("page")).isNotEqualTo(before);
    }

    @Test
    void anIncludeNamedAtRenderTimeDependsOnEveryTemplate() throws IOException {
        Files.writeString(layouts.resolve("page.ftl"), "<#include page.partial + \".ftl\">");
        Files.writeString(layouts.resolve("_aside.ftl"), "one");
        Files.writeString(layouts.resolve("article.ftl"), "<#include \"_aside.ftl\">");
        long page = digest("page");
        long article = digest("article");
        long search = digest("search");

        Files.writeString(layouts.resolve("_other.ftl"), "two");

        assertThat(digest("page")).isNotEqualTo(page);
        assertThat(digest("article")).isEqualTo(article);
        assertThat(digest("search")).isEqualTo(search);
    }

    /** A fresh instance per call: an instance computes each digest once, as a renderer of one build of templates. */
    private long digest(String layout) {
        return new TemplateDigests(theme, layouts).of(layout);
    }
}
