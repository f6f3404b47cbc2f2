package dev.evergreen.render;

import dev.evergreen.finding.ConfigException;
import dev.evergreen.finding.Finding;
import dev.evergreen.model.Site;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteRendererTest {

    @TempDir
    Path content;

    private Map<String, RenderedPage> renderAll(Site site) {
        SiteRenderer renderer = new SiteRenderer(site.config(), content);
        Map<String, RenderedPage> pages = new LinkedHashMap<>();
        for (RenderJob job : renderer.plan(site)) {
            pages.put(job.outputPath().toString().replace('\\', '/'), renderer.render(job));
        }
        return pages;
    }

    private Document html(Map<String, RenderedPage> pages, String outputPath) {
        assertThat(pages).containsKey(outputPath);
        RenderedPage page = pages.get(outputPath);
        assertThat(page.html()).isTrue();
        return Jsoup.parse(page.content());
    }

    @Test
    void plansEveryOutputSortedByPathWithoutTheBasePath() {
        Site site = SampleSite.site();
        List<String> paths = new SiteRenderer(site.config(), content).plan(site).stream()
                .map(job -> job.outputPath().toString().replace('\\', '/')).toList();

        assertThat(paths).isSorted().containsExactly(
                "2023/12/01/records/index.html", "2024/02/01/escaping/index.html",
                "2024/03/01/virtual-threads/index.html", "404.html", "about/index.html", "archives/index.html",
                "assets/evergreen.css", "assets/evergreen.js", "assets/recording.js", "assets/search.js", "atom.xml",
                "categories/deep-dives/index.html",
                "categories/deep-dives/page/2/index.html", "categories/index.html", "favicon.svg", "index.html",
                "marketing/atom.xml", "marketing/index.html",
                "page/2/index.html", "promo/index.html", "recordings/atom.xml",
                "recordings/index.html", "recordings/talk/index.html", "robots.txt", "rss.xml",
                "search-index.js", "search-index.json", "search-index/shard-0.js", "search-index/shard-0.json",
                "search/index.html", "sitemap.xml", "tags/index.html", "tags/java/index.html", "tags/java/page/2/index.html",
                "tags/并发/index.html");
    }

    @Test
    void articlePageCarriesHeadTitleDatesTocTaxonomiesAndNeighbours() {
        Document doc = html(renderAll(SampleSite.site()), "2024/02/01/escaping/index.html");

        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(doc.selectFirst("meta[charset]")).isNotNull();
        assertThat(doc.selectFirst("meta[name=viewport]")).isNotNull();
        assertThat(doc.title()).isEqualTo(SampleSite.HOSTILE_TITLE + " · Evergreen Test");
        assertThat(doc.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/blog/2024/02/01/escaping/");
        assertThat(doc.selectFirst("meta[name=description]").attr("content"))
                .isEqualTo("About " + SampleSite.HOSTILE_TITLE);
        assertThat(doc.select("link[rel=alternate]").eachAttr("href"))
                .containsExactly("/blog/atom.xml", "/blog/rss.xml");
        assertThat(doc.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/blog/assets/evergreen.css");

        assertThat(doc.selectFirst("h1").text()).isEqualTo(SampleSite.HOSTILE_TITLE);
        assertThat(doc.selectFirst(".item-header time").attr("datetime")).isEqualTo("2024-02-01T09:30:00+08:00");
        assertThat(doc.selectFirst(".item-header time").text()).isEqualTo("February 1, 2024");
        assertThat(doc.selectFirst("time.updated").attr("datetime")).isEqualTo("2024-02-03T09:30:00+08:00");
        assertThat(doc.selectFirst(".meta").text()).contains("4 min read", "Ada");
        assertThat(doc.select(".tags a").eachAttr("href")).containsExactly("/blog/tags/java/");
        assertThat(doc.select(".categories a").eachAttr("href")).containsExactly("/blog/categories/deep-dives/");
        assertThat(doc.selectFirst(".content a").attr("data-eg-src")).isEqualTo("posts/middle.md:3");

        assertThat(doc.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/blog/2023/12/01/records/");
        assertThat(doc.selectFirst("a[rel=next]").attr("href")).isEqualTo("/blog/2024/03/01/virtual-threads/");
        // One heading is not worth a table of contents.
        assertThat(doc.selectFirst("nav.toc")).isNull();
    }

    @Test
    void tableOfContentsAppearsFromTwoHeadingsAndNewestHasNoNext() {
        Document doc = html(renderAll(SampleSite.site()), "2024/03/01/virtual-threads/index.html");

        assertThat(doc.select("nav.toc a").eachAttr("href")).containsExactly("#why", "#how");
        assertThat(doc.select(".tags a").eachAttr("href"))
                .containsExactly("/blog/tags/java/", "/blog/tags/%E5%B9%B6%E5%8F%91/");
        assertThat(doc.selectFirst("a[rel=next]")).isNull();
        assertThat(doc.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/blog/2024/02/01/escaping/");
    }

    @Test
    void hostileTitleIsEscapedEverywhere() {
        Map<String, RenderedPage> pages = renderAll(SampleSite.site());

        for (RenderedPage page : pages.values()) {
            assertThat(page.content()).as(page.url()).doesNotContain("<script>alert");
        }
        assertThat(pages.get("2024/02/01/escaping/index.html").content())
                .contains("Escaping &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; friends");
    }

    @Test
    void homeIsPaginatedAndListsOnlyDeveloperArticles() {
        Map<String, RenderedPage> pages = renderAll(SampleSite.site());
        Document first = html(pages, "index.html");
        Document second = html(pages, "page/2/index.html");

        assertThat(first.select(".summary h2 a").eachAttr("href"))
                .containsExactly("/blog/2024/03/01/virtual-threads/", "/blog/2024/02/01/escaping/");
        assertThat(first.select(".summary .more a").eachAttr("href"))
                .containsExactly("/blog/2024/03/01/virtual-threads/", "/blog/2024/02/01/escaping/");
        assertThat(first.selectFirst(".pagination a.older").attr("href")).isEqualTo("/blog/page/2/");
        assertThat(first.selectFirst(".pagination a.newer")).isNull();
        assertThat(first.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/blog/");

        assertThat(second.select(".summary h2 a").eachAttr("href")).containsExactly("/blog/2023/12/01/records/");
        assertThat(second.selectFirst(".pagination a.newer").attr("href")).isEqualTo("/blog/");
        assertThat(second.selectFirst(".pagination a.older")).isNull();
        assertThat(second.title()).isEqualTo("Evergreen Test · 2");
    }

    @Test
    void taxonomyIndexesAndTermPagesLinkEveryTerm() {
        Map<String, RenderedPage> pages = renderAll(SampleSite.site());

        Document tags = html(pages, "tags/index.html");
        assertThat(tags.select(".terms li").eachText()).containsExactly("java (3)", "并发 (1)");
        assertThat(tags.select(".terms a").eachAttr("href"))
                .containsExactly("/blog/tags/java/", "/blog/tags/%E5%B9%B6%E5%8F%91/");

        Document java = html(pages, "tags/java/index.html");
        assertThat(java.selectFirst("h1").text()).isEqualTo("java");
        assertThat(java.select(".summary")).hasSize(2);
        assertThat(java.selectFirst(".pagination a.older").attr("href")).isEqualTo("/blog/tags/java/page/2/");
        assertThat(html(pages, "tags/java/page/2/index.html").select(".summary")).hasSize(1);

        Document categories = html(pages, "categories/index.html");
        assertThat(categories.selectFirst("h1").text()).isEqualTo("Categories");
        assertThat(categories.select(".terms li").eachText()).containsExactly("Deep dives (3)");
        assertThat(html(pages, "categories/deep-dives/index.html").selectFirst("h1").text()).isEqualTo("Deep dives");
    }

    @Test
    void archiveGroupsArticlesByYearNewestFirst() {
        Document archive = html(renderAll(SampleSite.site()), "archives/index.html");

        assertThat(archive.select(".archive-year h2").eachText()).containsExactly("2024", "2023");
        assertThat(archive.select(".archive-year").get(0).select("a").eachAttr("href"))
                .containsExactly("/blog/2024/03/01/virtual-threads/", "/blog/2024/02/01/escaping/");
        assertThat(archive.select(".archive time").eachAttr("datetime")).hasSize(3);
    }

    @Test
    void notFoundPageAndOtherKindsRender() {
        Map<String, RenderedPage> pages = renderAll(SampleSite.site());

        Document notFound = html(pages, "404.html");
        assertThat(notFound.selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(notFound.select("main a").eachAttr("href")).containsExactly("/blog/", "/blog/archives/");
        assertThat(html(pages, "recordings/talk/index.html").selectFirst("article.recording h1").text())
                .isEqualTo("Meetup talk");
        Document about = html(pages, "about/index.html");
        assertThat(about.selectFirst("h1").text()).isEqualTo("About");
        assertThat(about.selectFirst("time")).isNull();
    }

    @Test
    void pagesRequestNothingFromAnotherHostAndNeedNoScript() {
        for (RenderedPage page : renderAll(SampleSite.site()).values()) {
            if (!page.html()) {
                continue;
            }
            Document doc = Jsoup.parse(page.content());
            // Scripts only enhance: deferred, so the page is complete before (and without) them.
            assertThat(doc.select("script[src]")).as(page.url()).allMatch(script -> script.hasAttr("defer"));
            assertThat(doc.selectFirst("main").text()).as(page.url()).isNotBlank();
            for (Element element : doc.select("[src], link[href]:not([rel=canonical])")) {
                String url = element.hasAttr("src") ? element.attr("src") : element.attr("href");
                assertThat(url).as(page.url()).matches("^(/blog/|\\.\\./).*");
            }
        }
    }

    @Test
    void renderedPagesNameTheirTemplateAndStaticFilesArePlainText() {
        Map<String, RenderedPage> pages = renderAll(SampleSite.site());

        assertThat(pages.get("index.html").template()).isEqualTo("theme:default/templates/index.ftl");
        assertThat(pages.get("atom.xml").html()).isFalse();
        RenderedPage css = pages.get("assets/evergreen.css");
        assertThat(css.url()).isEqualTo("/blog/assets/evergreen.css");
        assertThat(css.html()).isFalse();
        assertThat(css.content()).contains("prefers-color-scheme: dark");
    }

    @Test
    void siteLanguageSetsHtmlLangAndDateWording() {
        Site site = SampleSite.site(SampleSite.config("default", "zh-CN"), "article");

        Document doc = html(renderAll(site), "2024/03/01/virtual-threads/index.html");

        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(doc.selectFirst(".item-header time").text()).isEqualTo("2024年3月1日");
    }

    @Test
    void parallelRenderingMatchesSequentialRendering() {
        Site site = SampleSite.site();
        SiteRenderer renderer = new SiteRenderer(site.config(), content);
        List<RenderJob> jobs = renderer.plan(site);

        List<RenderedPage> parallel = jobs.parallelStream().map(renderer::render).toList();

        assertThat(parallel).isEqualTo(jobs.stream().map(renderer::render).toList());
    }

    @Test
    void sameInputRendersIdenticalOutput() {
        Map<String, RenderedPage> first = renderAll(SampleSite.site());
        Map<String, RenderedPage> second = renderAll(SampleSite.site());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void unknownThemeIsAConfigurationErrorInSiteYml() {
        assertThatThrownBy(() -> new SiteRenderer(SampleSite.config("no-such-theme"), content))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("no-such-theme")
                .satisfies(e -> assertThat(((ConfigException) e).file()).contains(Path.of("site.yml")));
    }

    @Test
    void layoutWithoutTemplateIsAFindingAtTheItem() {
        Site site = SampleSite.site(SampleSite.config("default"), "gallery");

        List<Finding> findings = new SiteRenderer(site.config(), content).validate(site);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.isError()).isTrue();
            assertThat(f.kind()).isEqualTo("layout");
            assertThat(f.pos().displayPath()).isEqualTo("posts/newest.md");
            assertThat(f.detail()).contains("'gallery'", "article, doc, page, recording");
        });
        assertThat(new SiteRenderer(site.config(), content).validate(SampleSite.site())).isEmpty();
    }
}
