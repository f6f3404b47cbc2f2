package dev.evergreen.ledger;

import dev.evergreen.build.BuildResult;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Aliases that cannot become redirects are errors at the line that lists them; the rest are read from the site's root. */
class AliasesTest {

    @TempDir
    Path dir;

    @Test
    void anAliasOnAnotherPageOrAGeneratedFileCollides() {
        TestSite site = new TestSite(dir).write("posts/other.md", """
                ---
                title: Another post
                date: 2023-07-01
                aliases:
                  - /about/
                  - /atom.xml
                ---
                Nothing to see.
                """);

        BuildResult result = site.build();

        assertThat(result.published()).isFalse();
        assertThat(TestSite.errors(result)).containsExactly(
                "posts/other.md:5: alias-collision: alias /about/ is the URL of about.md; a redirect there would "
                        + "hide it (or start a chain of redirects), remove the alias",
                "posts/other.md:6: alias-collision: alias /atom.xml is a URL the site publishes; a redirect there "
                        + "would hide it (or start a chain of redirects), remove the alias");
    }

    @Test
    void aliasesOutsideTheSiteOnThePageItselfClaimedTwiceOrWithAQueryAreErrorsAtTheirLines() {
        TestSite site = new TestSite(dir).write("posts/other.md", """
                ---
                title: Another post
                date: 2023-07-01
                aliases: [https://elsewhere.example.com/x/, /../../etc/, /2023/07/01/other/, /shared/, "/old/?page=2"]
                ---
                Nothing to see.
                """).write("about.md", """
                ---
                title: About
                redirect_from:
                  - /shared/
                ---
                About us.
                """);

        BuildResult result = site.build();

        assertThat(TestSite.errors(result)).containsExactlyInAnyOrder(
                "about.md:4: alias-duplicate: alias /shared/ is also an alias of posts/other.md; keep it on the page "
                        + "that replaced the old one",
                "posts/other.md:4: alias-outside: alias 'https://elsewhere.example.com/x/' is outside the site "
                        + "https://dev.example.org/; only URLs under it can redirect",
                "posts/other.md:4: alias-outside: alias '/../../etc/' climbs above the site's root with '..'; write "
                        + "the path from the root",
                "posts/other.md:4: alias-loop: alias '/2023/07/01/other/' is this page's own URL /2023/07/01/other/; "
                        + "a redirect there would send readers to itself, remove it",
                "posts/other.md:4: alias: alias '/old/?page=2' has a query or fragment; an alias is a path such as "
                        + "/2023/06/04/old-slug/");
    }

    @Test
    void aliasesAreReadFromTheSiteRootUnderTheBasePathInAnyForm() {
        TestSite site = new TestSite(dir).write("site.yml", """
                title: Ledger Site
                baseUrl: https://dev.example.org/blog/
                language: en
                timezone: UTC
                """).write("posts/other.md", """
                ---
                title: Another post
                date: 2023-07-01
                aliases: [/旧文章/, "https://dev.example.org/blog/x/%E6%97%A7/", old.html, /v1.2/]
                ---
                Nothing to see.
                """);

        BuildResult result = site.build();

        assertThat(result.hasErrors()).isFalse();
        for (String path : new String[] {"旧文章/index.html", "x/旧/index.html", "old.html", "v1.2/index.html"}) {
            assertThat(Jsoup.parse(site.published(path)).select("a").attr("href"))
                    .as(path).isEqualTo("/blog/2023/07/01/other/");
        }
        assertThat(site.published("_redirects")).contains(
                "/blog/%E6%97%A7%E6%96%87%E7%AB%A0/ /blog/2023/07/01/other/ 301",
                "/blog/old.html /blog/2023/07/01/other/ 301");
    }
}
