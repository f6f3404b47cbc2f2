package dev.evergreen.render;

import dev.evergreen.finding.EvergreenException;
import dev.evergreen.model.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class TemplateOverrideAndSafetyTest {

    private static final String ARTICLE = "2024/03/01/virtual-threads/index.html";

    @TempDir
    Path content;

    private void layout(String name, String text) throws Exception {
        Files.createDirectories(content.resolve("layouts"));
        Files.writeString(content.resolve("layouts").resolve(name), text);
    }

    private RenderedPage render(Site site, String outputPath) {
        SiteRenderer renderer = new SiteRenderer(site.config(), content);
        return renderer.plan(site).stream()
                .filter(job -> job.outputPath().toString().replace('\\', '/').equals(outputPath))
                .map(renderer::render)
                .findFirst().orElseThrow();
    }

    @Test
    void siteLayoutWinsOverTheThemeFileByFile() throws Exception {
        layout("article.ftl", "<#import \"_base.ftl\" as base><@base.layout><p class=\"mine\">${item.title}</p></@base.layout>");
        Site site = SampleSite.site();

        RenderedPage article = render(site, ARTICLE);
        assertThat(article.template()).isEqualTo("layouts/article.ftl");
        assertThat(article.content()).contains("<p class=\"mine\">Virtual threads in practice</p>")
                .contains("/blog/assets/evergreen.css");
        assertThat(render(site, "index.html").template()).isEqualTo("theme:default/templates/index.ftl");
    }

    @Test
    void customLayoutInTheSiteIsAvailable() throws Exception {
        layout("gallery.ftl", "<h1>${item.title}</h1>");
        Site site = SampleSite.site(SampleSite.config("default"), "gallery");

        assertThat(new SiteRenderer(site.config(), content).validate(site)).isEmpty();
        assertThat(render(site, ARTICLE).content()).isEqualTo("<h1>Virtual threads in practice</h1>");
    }

    /** Renders {@code outputPath} expecting the template problem that stops it. */
    private EvergreenException failure(String outputPath) {
        Throwable thrown = catchThrowable(() -> render(SampleSite.site(), outputPath));
        assertThat(thrown).isInstanceOf(EvergreenException.class);
        return (EvergreenException) thrown;
    }

    @Test
    void newBuiltInIsRefusedWithTemplateFileAndLine() throws Exception {
        layout("article.ftl", "<p>ok</p>\n<#assign x = \"freemarker.template.utility.Execute\"?new()>\n");

        EvergreenException e = failure(ARTICLE);

        assertThat(e.file()).contains(Path.of("layouts/article.ftl"));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.describe()).startsWith("layouts/article.ftl:2: ").contains("not allowed").doesNotContain("\n");
    }

    @Test
    void apiBuiltInIsRefusedWithTemplateFileAndLine() throws Exception {
        layout("article.ftl", "<p>ok</p>\n\n${item.title?api.getClass()}\n");

        assertThat(failure(ARTICLE).describe()).startsWith("layouts/article.ftl:3: ").contains("api");
    }

    @Test
    void syntaxErrorNamesTemplateFileAndLine() throws Exception {
        layout("article.ftl", "<p>ok</p>\n<#if item.title>\n");

        EvergreenException e = failure(ARTICLE);

        assertThat(e.file()).contains(Path.of("layouts/article.ftl"));
        assertThat(e.line()).isPositive();
    }

    @Test
    void missingValueInAPartialNamesThePartial() throws Exception {
        layout("_base.ftl", "<#macro layout>\n${nothing.here}\n</#macro>");

        assertThat(failure("404.html").describe()).startsWith("layouts/_base.ftl:2: ").contains("nothing");
    }
}
