package dev.evergreen.build;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The budget: an article page ships at most 50 KB of CSS and JavaScript together, uncompressed. */
class ArticleWeightTest {

    private static final int BUDGET = 50 * 1024;

    @Test
    void everyItemPageOfTheBundledSiteStaysUnderFiftyKilobytesOfCssAndJavaScript() throws IOException {
        Path site = BuiltContentSite.output();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith("index.html"))
                    .filter(p -> !site.relativize(p).startsWith("search")).toList();
        }
        assertThat(pages).hasSizeGreaterThan(3);
        for (Path page : pages) {
            assertThat(weight(site, page)).as("CSS + JS of %s", site.relativize(page)).isBetween(1, BUDGET);
        }
    }

    private static int weight(Path site, Path page) throws IOException {
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        int total = 0;
        for (Element style : doc.select("link[rel=stylesheet]")) {
            total += fileSize(site, page, style.attr("href"));
        }
        for (Element script : doc.select("script")) {
            total += script.hasAttr("src") ? fileSize(site, page, script.attr("src"))
                    : script.data().getBytes(StandardCharsets.UTF_8).length;
        }
        for (Element style : doc.select("style")) {
            total += style.data().getBytes(StandardCharsets.UTF_8).length;
        }
        return total;
    }

    private static int fileSize(Path site, Path page, String url) throws IOException {
        Path file = url.startsWith("/") ? site.resolve(url.substring(1)) : page.getParent().resolve(url).normalize();
        assertThat(file).as("%s linked from %s", url, page).isRegularFile();
        return (int) Files.size(file);
    }
}
