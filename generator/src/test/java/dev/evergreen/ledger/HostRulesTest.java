package dev.evergreen.ledger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The redirect files of one build with awkward old URLs (a space, parentheses, a dot, Chinese, a file),
 * parsed back the way each host reads them: every file must say the same thing, exactly.
 */
class HostRulesTest {

    private static final String TARGET = "/2023/07/01/other/";

    /** Decoded old path → status, what every format must express. */
    private static final Map<String, String> EXPECTED = new TreeMap<>(Map.of(
            "/notes (v1.2)/", "301", "/旧文章/", "301", "/legacy.html", "301", "/a+b/", "301",
            "/2023/06/04/old-slug/", "410", "/images/logo.png", "410"));

    @TempDir
    static Path dir;

    static TestSite site;

    @BeforeAll
    static void build() {
        site = new TestSite(dir).write("posts/other.md", """
                ---
                title: Another post
                date: 2023-07-01
                aliases: ["/notes (v1.2)/", /旧文章/, /legacy.html, /a+b/]
                ---
                Nothing to see.
                """);
        site.updateLedger();
        site.move("posts/old-slug.md", "notes.txt", "gone");
        site.move("images/logo.png", "notes.txt", "gone");
        String ledger = site.ledger().replace("/2023/06/04/old-slug/\n", "").replace("/images/logo.png\n", "");
        site.write("published-urls.txt", ledger + "gone:\n/images/logo.png\n/2023/06/04/old-slug/\n");
        assertThat(TestSite.errors(site.build())).isEmpty();
    }

    @Test
    void netlifyAndCloudflareRulesHaveThreeFieldsAndOnlyStatusesBothHostsAccept() {
        Map<String, String> rules = new TreeMap<>();
        for (String line : rules(site.published("_redirects"), "#")) {
            String[] fields = line.split(" ");
            assertThat(fields).as(line).hasSize(3);
            assertThat(fields[0]).startsWith("/").matches("\\p{ASCII}+");
            assertThat(fields[1]).isEqualTo(TARGET);
            assertThat(fields[2]).isEqualTo("301");
            rules.put(UrlKeys.key(fields[0]), fields[2]);
        }
        assertThat(rules).isEqualTo(only("301"));
        assertThat(site.published("_redirects"))
                .contains("# gone, served by its gone page (this file cannot say 410): /images/logo.png\n");
    }

    @Test
    void nginxMapsAreBalancedAndListEveryOldPathDecoded() {
        String conf = site.published("nginx-redirects.conf");
        List<String> lines = rules(conf, "#");
        assertThat(lines).filteredOn(l -> l.startsWith("map ")).containsExactly(
                "map $uri $evergreen_redirect {", "map $uri $evergreen_gone {");
        assertThat(lines).filteredOn(l -> l.equals("}")).hasSize(2);
        Pattern entry = Pattern.compile(" {4}\"((?:[^\"\\\\]|\\\\.)*)\" (?:\"(/[^\"]*)\"|1);");
        Map<String, String> rules = new TreeMap<>();
        String map = null;
        for (String line : lines) {
            if (line.startsWith("map ")) {
                map = line;
            } else if (!line.equals("}")) {
                Matcher m = entry.matcher(line);
                assertThat(m.matches()).as(line).isTrue();
                if (map.contains("redirect")) {
                    assertThat(m.group(2)).isEqualTo(TARGET);
                }
                rules.put(m.group(1), map.contains("redirect") ? "301" : "410");
            }
        }
        assertThat(rules).isEqualTo(EXPECTED);
    }

    @Test
    void apacheRulesMatchEachOldPathExactlyAndNothingBelowIt() {
        Pattern rule = Pattern.compile("RedirectMatch (301|gone) \"([^\"]*)\"(?: \"(/[^\"]*)\")?");
        Map<String, String> rules = new TreeMap<>();
        for (String line : rules(site.published(".htaccess"), "#")) {
            Matcher m = rule.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            Pattern regex = Pattern.compile(m.group(2));
            String matched = EXPECTED.keySet().stream().filter(p -> regex.matcher(p).matches()).findFirst().orElseThrow();
            assertThat(regex.matcher(matched + "x/").matches()).as(line).isFalse();
            if (matched.endsWith("/")) {
                assertThat(regex.matcher(matched + "index.html").matches()).as(line).isTrue();
            }
            assertThat(m.group(3)).isEqualTo(m.group(1).equals("301") ? TARGET : null);
            rules.put(matched, m.group(1).equals("gone") ? "410" : "301");
        }
        assertThat(rules).isEqualTo(EXPECTED);
    }

    @Test
    void everyRedirectAlsoHasAPageAndEveryGoneFolderAGonePage() {
        assertThat(site.published("notes (v1.2)/index.html")).contains("url=https://dev.example.org" + TARGET);
        assertThat(site.published("旧文章/index.html")).contains("url=https://dev.example.org" + TARGET);
        assertThat(site.published("legacy.html")).contains("url=https://dev.example.org" + TARGET);
        assertThat(site.published("2023/06/04/old-slug/index.html")).contains("<h1>Gone</h1>");
    }

    private static Map<String, String> only(String status) {
        Map<String, String> selected = new TreeMap<>(EXPECTED);
        selected.values().removeIf(s -> !s.equals(status));
        return selected;
    }

    private static List<String> rules(String text, String comment) {
        List<String> lines = new ArrayList<>();
        text.lines().filter(l -> !l.isBlank() && !l.startsWith(comment)).forEach(lines::add);
        return lines;
    }
}
