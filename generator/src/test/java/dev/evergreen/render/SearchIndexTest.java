package dev.evergreen.render;

import dev.evergreen.model.Item;
import dev.evergreen.model.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexTest {

    private static final Pattern URL_ENTRY = Pattern.compile("\"u\":\"([^\"]*)\"");

    @TempDir
    Path content;

    @Test
    void wordsAreLowercasedAndCjkRunsBecomeBigrams() {
        assertThat(SearchIndex.tokens("Static 站点生成器, a Java 17 tool; 中"))
                .containsExactly("17", "java", "static", "tool", "中", "成器", "点生", "生成", "站点");
    }

    @Test
    void jsonIsSafeInsideAScriptElement() {
        assertThat(JsonText.strings(List.of("a", "b"))).isEqualTo("[\"a\",\"b\"]");
    }

    @Test
    void aShardsJsonAndScriptCarryTheSameEntriesOneALine() {
        List<byte[]> documents = List.of(utf8("{\"t\":\"a\"}"), utf8("{\"t\":\"站点\"}"));
        String entries = "{\"docs\":[\n{\"t\":\"a\"},\n{\"t\":\"站点\"}\n]}";
        assertThat(text(SearchIndex.shardJson(documents))).isEqualTo(entries + "\n");
        assertThat(text(SearchIndex.shardScript(documents))).isEqualTo(
                "(window.evergreenSearchShards=window.evergreenSearchShards||[]).push(" + entries + ");\n");
    }

    @Test
    void anEmptyShardIsStillValid() {
        assertThat(text(SearchIndex.shardJson(List.of()))).isEqualTo("{\"docs\":[\n\n]}\n");
    }

    @Test
    void theManifestListsEachShardInItsFormat() {
        assertThat(text(SearchIndex.manifestJson(2)))
                .isEqualTo("{\"shards\":[\"search-index/shard-0.json\",\"search-index/shard-1.json\"]}\n");
        assertThat(text(SearchIndex.manifestScript(1)))
                .isEqualTo("window.evergreenSearchIndex={\"shards\":[\"search-index/shard-0.js\"]};\n");
    }

    @Test
    void theShardCountIsAPowerOfTwoOfOneHundredAndTwentyEightToTwiceAsManyItemsEach() {
        assertThat(List.of(0, 1, 255, 256, 511, 512, 10_000).stream().map(SearchShards::count))
                .containsExactly(1, 1, 1, 2, 2, 4, 64);
    }

    @Test
    void anItemsShardIsTheSameInEveryJvmAndSplitsInTwoWhenTheCountDoubles() {
        // Digests of the URL's text only: these values may never change, or every shard is rewritten.
        assertThat(List.of("/", "/blog/page-0/", "/2026/11/26/the-default-theme/").stream()
                .map(url -> SearchShards.of(url, 64))).containsExactly(33, 31, 52);
        for (int i = 0; i < 1000; i++) {
            String url = "/blog/page-" + i + "/";
            assertThat(SearchShards.of(url, 64) % 32).isEqualTo(SearchShards.of(url, 32));
        }
    }

    @Test
    void shardsAreEvenEnoughThatNoneIsTwiceItsShare() {
        List<Item> items = SampleSite.pages(10_000, -1).items();
        List<List<Item>> shards = SearchShards.split(items);
        assertThat(shards).hasSize(64).allSatisfy(shard -> assertThat(shard.size()).isBetween(10_000 / 64 / 2, 10_000 / 64 * 2));
    }

    @Test
    void theShardsTogetherHoldEverySearchableItemExactlyOnceInItsOwnShard() {
        Site site = SampleSite.pages(300, -1);
        Map<String, String> files = render(site);

        assertThat(files.get("search-index.json"))
                .isEqualTo("{\"shards\":[\"search-index/shard-0.json\",\"search-index/shard-1.json\"]}\n");
        List<String> indexed = new ArrayList<>();
        for (int shard = 0; shard < 2; shard++) {
            String json = files.get(SearchIndex.shardJsonFile(shard));
            assertThat(files.get(SearchIndex.shardScriptFile(shard))).contains(json.strip());
            List<String> urls = urls(json);
            int expected = shard;
            assertThat(urls).isNotEmpty().allSatisfy(url -> assertThat(SearchShards.of(url, 2)).isEqualTo(expected));
            indexed.addAll(urls);
        }
        assertThat(indexed).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(site.items().stream().map(Item::url).toList());
    }

    @Test
    void anEditMovesTheFingerprintOfItsOwnShardOnlyAndNotTheManifests() {
        int edited = 7;
        Map<String, Long> before = fingerprints(SampleSite.pages(300, -1));
        Map<String, Long> after = fingerprints(SampleSite.pages(300, edited));

        int shard = SearchShards.of("/blog/page-" + edited + "/", 2);
        assertThat(before.keySet()).isEqualTo(after.keySet());
        Set<String> moved = before.keySet().stream().filter(path -> !before.get(path).equals(after.get(path)))
                .collect(Collectors.toSet());
        assertThat(moved).containsExactlyInAnyOrder("page-" + edited + "/index.html",
                SearchIndex.shardJsonFile(shard), SearchIndex.shardScriptFile(shard));
    }

    private Map<String, Long> fingerprints(Site site) {
        Map<String, Long> fingerprints = new HashMap<>();
        new SiteRenderer(site.config(), content).plan(site).forEach(job -> fingerprints.put(path(job), job.fingerprint()));
        return fingerprints;
    }

    /** The search index's files, by output path. */
    private Map<String, String> render(Site site) {
        SiteRenderer renderer = new SiteRenderer(site.config(), content);
        Map<String, String> files = new TreeMap<>();
        for (RenderJob job : renderer.plan(site)) {
            if (path(job).startsWith("search-index")) {
                files.put(path(job), renderer.render(job).content());
            }
        }
        return files;
    }

    private static String path(RenderJob job) {
        return job.outputPath().toString().replace('\\', '/');
    }

    private static List<String> urls(String json) {
        List<String> urls = new ArrayList<>();
        Matcher m = URL_ENTRY.matcher(json);
        while (m.find()) {
            urls.add(m.group(1));
        }
        return urls;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] utf8) {
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
