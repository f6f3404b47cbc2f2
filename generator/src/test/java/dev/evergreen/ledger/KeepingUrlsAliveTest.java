package dev.evergreen.ledger;

import dev.evergreen.build.BuildOptions;
import dev.evergreen.build.BuildResult;
import dev.evergreen.finding.ConfigException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real builds of a small site on disk, edited between builds the way an author would. */
class KeepingUrlsAliveTest {

    private static final String RENAMED = """
            ---
            title: Caching in depth
            date: 2023-06-04
            ---
            How the cache works. See [about](../about.md).
            """;

    private static final String RENAMED_WITH_ALIAS = """
            ---
            title: Caching in depth
            date: 2023-06-04
            aliases: [/2023/06/04/old-slug/]
            ---
            How the cache works. See [about](../about.md).
            """;

    @TempDir
    Path dir;

    @Test
    void withoutALedgerTheBuildWarnsAndTheFirstUpdateWritesItSortedAndStable() {
        TestSite site = new TestSite(dir);

        BuildResult first = site.build();
        assertThat(first.hasErrors()).isFalse();
        assertThat(TestSite.lines(first)).anySatisfy(line -> assertThat(line)
                .startsWith("published-urls.txt:0: ledger: no ledger of published URLs yet")
                .contains("--update-ledger"));
        assertThat(site.source.resolve("published-urls.txt")).doesNotExist();

        assertThat(site.updateLedger().hasErrors()).isFalse();
        String ledger = site.ledger();
        assertThat(ledger).startsWith("# Every URL this site has published");
        List<String> urls = urls(ledger);
        assertThat(urls).isSorted().contains("/", "/2023/06/04/old-slug/", "/2023/07/01/other/", "/about/",
                "/atom.xml", "/rss.xml", "/sitemap.xml", "/404.html", "/images/logo.png", "/tags/", "/archives/");
        assertThat(urls).noneMatch(url -> url.contains("redirects") || url.contains("htaccess"));

        BuildResult second = site.build();
        assertThat(second.findings()).isEmpty();
        site.updateLedger();
        assertThat(site.ledger()).isEqualTo(ledger);
        assertThat(site.source.resolve("published-urls.txt")).exists();
        assertThat(site.output.resolve("published-urls.txt")).doesNotExist();
    }

    @Test
    void searchIndexShardsAreNeverLedgeredSoASiteMayShrinkToFewerOfThem() {
        TestSite site = new TestSite(dir);
        for (int i = 0; i < 300; i++) {
            site.write("notes/note-" + i + ".md", "---\ntitle: Note " + i + "\n---\nNote " + i + ".\n");
        }
        site.updateLedger();
        assertThat(site.output.resolve("search-index/shard-1.json")).exists();
        assertThat(urls(site.ledger())).contains("/search-index.js", "/search-index.json")
                .noneMatch(url -> url.startsWith("/search-index/"));

        List<String> notes = urls(site.ledger()).stream().filter(url -> url.startsWith("/notes/")).toList();
        assertThat(notes).hasSize(300);
        for (int i = 0; i < 300; i++) {
            site.move("notes/note-" + i + ".md", "notes/index.md", "---\ntitle: Notes\n---\nNone left.\n");
        }
        site.write("published-urls.txt", site.ledger().replaceAll("(?m)^/notes/.+\n", "")
                + "gone:\n" + String.join("\n", notes) + "\n");
        BuildResult shrunk = site.build();

        assertThat(site.output.resolve("search-index/shard-1.json")).doesNotExist();
        assertThat(shrunk.hasErrors()).as(String.join("\n", TestSite.lines(shrunk))).isFalse();
    }

    @Test
    void aRenamedPostWithoutAnAliasFailsNamingThePageAndTheAliasToAdd() {
        TestSite site = new TestSite(dir);
        site.updateLedger();
        String ledger = site.ledger();

        site.move("posts/old-slug.md", "posts/new-slug.md", RENAMED);
        BuildResult renamed = site.build();

        assertThat(renamed.published()).isFalse();
        assertThat(TestSite.lines(renamed)).containsExactly("posts/new-slug.md:1: url-vanished: URL vanished: "
                + "/2023/06/04/old-slug/ — add it to the aliases of the page that replaced it: posts/new-slug.md, "
                + "now at /2023/06/04/new-slug/, looks like it; add the alias /2023/06/04/old-slug/ to its front "
                + "matter (aliases: [/2023/06/04/old-slug/])");
        assertThat(site.output.resolve("2023/06/04/old-slug/index.html")).exists();
        assertThat(site.output.resolve("2023/06/04/new-slug")).doesNotExist();
        assertThat(site.updateLedger().hasErrors()).isTrue();
        assertThat(site.ledger()).isEqualTo(ledger);
    }

    @Test
    void addingTheAliasPassesAndTheOldUrlServesARedirectToTheNewOne() {
        TestSite site = new TestSite(dir);
        site.updateLedger();
        site.move("posts/old-slug.md", "posts/new-slug.md", RENAMED_WITH_ALIAS);

        BuildResult fixed = site.build();

        assertThat(fixed.findings()).isEmpty();
        assertThat(fixed.published()).isTrue();
        Document redirect = Jsoup.parse(site.published("2023/06/04/old-slug/index.html"));
        String target = "https://dev.example.org/2023/06/04/new-slug/";
        assertThat(redirect.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=" + target);
        assertThat(redirect.select("link[rel=canonical]").attr("href")).isEqualTo(target);
        assertThat(redirect.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(redirect.select("a").attr("href")).isEqualTo("/2023/06/04/new-slug/");
        assertThat(redirect.select("a").text()).isEqualTo("Caching in depth");
        assertThat(redirect.html()).doesNotContain("data-eg-src");
        assertThat(site.published("2023/06/04/new-slug/index.html")).contains("How the cache works");
        assertThat(site.published("_redirects")).contains("\n/2023/06/04/old-slug/ /2023/06/04/new-slug/ 301\n");

        site.updateLedger();
        assertThat(urls(site.ledger())).contains("/2023/06/04/old-slug/", "/2023/06/04/new-slug/");
    }

    @Test
    void aVanishedUrlWithNoLikelySuccessorIsReportedAtItsLedgerLine() {
        TestSite site = new TestSite(dir);
        site.updateLedger();
        site.move("posts/other.md", "drafts-elsewhere.txt", "moved out");

        BuildResult result = site.build();

        int line = site.ledger().lines().toList().indexOf("/2023/07/01/other/") + 1;
        assertThat(TestSite.lines(result)).contains("published-urls.txt:" + line + ": url-vanished: URL vanished: "
                + "/2023/07/01/other/ — add it to the aliases of the page that replaced it (or move it under "
                + "gone: in published-urls.txt if it was removed on purpose)");
    }

    @Test
    void goneUrlsGetAGonePageAndHostRulesInsteadOfFailing() {
        TestSite site = new TestSite(dir);
        site.updateLedger();
        site.move("posts/other.md", "drafts-elsewhere.txt", "moved out");
        site.move("images/logo.png", "drafts-elsewhere.txt", "moved out");
        String ledger = site.ledger().replace("/2023/07/01/other/\n", "").replace("/images/logo.png\n", "");
        site.write("published-urls.txt", ledger + "\ngone:\n# retired with the old branding\n/images/logo.png\n"
                + "/2023/07/01/other/\n");

        BuildResult result = site.build();

        assertThat(result.findings()).isEmpty();
        Document gone = Jsoup.parse(site.published("2023/07/01/other/index.html"));
        assertThat(gone.select("h1").text()).isEqualTo("Gone");
        assertThat(gone.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(site.output.resolve("images/logo.png")).doesNotExist();
        assertThat(site.published(".htaccess")).contains("RedirectMatch gone \"^/2023/07/01/other/(index\\.html)?$\"");
        assertThat(site.published("nginx-redirects.conf")).contains("    \"/images/logo.png\" 1;");

        site.updateLedger();
        String updated = site.ledger();
        assertThat(updated.substring(0, updated.indexOf("gone:"))).doesNotContain("/2023/07/01/other/");
        assertThat(updated).endsWith("gone:\n/2023/07/01/other/\n# retired with the old branding\n/images/logo.png\n");
    }

    @Test
    void aGoneUrlTheSiteStillPublishesIsAnError() {
        TestSite site = new TestSite(dir);
        site.updateLedger();
        site.write("published-urls.txt", site.ledger() + "\ngone:\n/about/\n");

        BuildResult result = site.build();

        int line = site.ledger().lines().toList().lastIndexOf("/about/") + 1;
        assertThat(TestSite.lines(result)).containsExactly("published-urls.txt:" + line
                + ": ledger: /about/ is listed under gone: but the site still publishes it; remove it from gone:");
    }

    @Test
    void feedIdsSurviveARenameWithAnAlias() {
        TestSite site = new TestSite(dir);
        site.build();
        String atomId = entryId(site.published("atom.xml"), "entry", "id");
        String rssGuid = entryId(site.published("rss.xml"), "item", "guid");
        assertThat(atomId).isEqualTo("tag:dev.example.org,2023-06-04:/2023/06/04/old-slug/").isEqualTo(rssGuid);

        site.move("posts/old-slug.md", "posts/new-slug.md", RENAMED_WITH_ALIAS);
        site.build();

        assertThat(entryId(site.published("atom.xml"), "entry", "id")).isEqualTo(atomId);
        assertThat(entryId(site.published("rss.xml"), "item", "guid")).isEqualTo(rssGuid);
        assertThat(site.published("atom.xml")).contains("https://dev.example.org/2023/06/04/new-slug/");
    }

    @Test
    void theLedgerIsNeverUpdatedWithDraftsOrFutureItems() {
        BuildOptions options = BuildOptions.of(dir, dir.resolve("public"));
        assertThatThrownBy(() -> options.withDrafts(true).withUpdateLedger(true))
                .isInstanceOf(ConfigException.class).hasMessageContaining("without drafts");
    }

    private static String entryId(String feed, String entry, String id) {
        Document xml = Jsoup.parse(feed, "", Parser.xmlParser());
        return xml.select(entry + ":has(title:containsOwn(Caching in depth)) > " + id).text();
    }

    private static List<String> urls(String ledger) {
        return ledger.lines().filter(line -> line.startsWith("/")).toList();
    }
}
