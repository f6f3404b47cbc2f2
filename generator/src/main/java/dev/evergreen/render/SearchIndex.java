package dev.evergreen.render;

import dev.evergreen.json.JsonString;

import dev.evergreen.model.Item;
import dev.evergreen.model.Term;
import org.jsoup.Jsoup;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The search page's index: per item its title, URL, excerpt, tags and the distinct tokens of its text.
 * Words are lowercased; Chinese, Japanese and Korean text, written without spaces, is cut into overlapping
 * character pairs (bigrams), which the search page does to a query too, so that a two-character query
 * finds the word anywhere.
 *
 * <p>The entries are split into {@link SearchShards shards}, {@code search-index/shard-N.json}, so that an
 * edit rewrites one of them; {@value #JSON_FILE} is the manifest listing them, which changes only with
 * their number. Each file is also written as a script ({@value #SCRIPT_FILE} assigning {@value #GLOBAL},
 * each shard's pushing its entries onto {@value #SHARDS_GLOBAL}), because a page opened from
 * {@code file://} may not fetch; the search page loads the manifest's script, then those of the shards.
 *
 * <p>A shard's files are assembled as UTF-8 bytes from the items' entries, each straight into an array of
 * its final size: on a 10,000-article site the entries add up to 27 MB, and building the unsharded index
 * as a string (twice as large once one Chinese character is in it), stripping it, prefixing it for the
 * script and encoding both allocated about 300 MB in a few hundred milliseconds at the end of the build,
 * which is what made the JVM grow its heap to the 1 GiB limit.
 */
final class SearchIndex {

    static final String JSON_FILE = "search-index.json";
    static final String SCRIPT_FILE = "search-index.js";
    static final String GLOBAL = "evergreenSearchIndex";
    static final String SHARDS_GLOBAL = "evergreenSearchShards";
    private static final String SHARD_PREFIX = "search-index/shard-";
    private static final int EXCERPT_LENGTH = 160;

    private SearchIndex() {
    }

    private static final byte[] NOTHING = new byte[0];
    private static final byte[] OPEN = utf8("{\"docs\":[\n");
    private static final byte[] SEPARATOR = utf8(",\n");
    private static final byte[] CLOSE = utf8("\n]}");
    private static final byte[] JSON_END = utf8("\n");
    private static final byte[] SHARD_SCRIPT_START =
            utf8("(window." + SHARDS_GLOBAL + "=window." + SHARDS_GLOBAL + "||[]).push(");
    private static final byte[] SHARD_SCRIPT_END = utf8(");\n");

    /** A shard's JSON file, relative to the site's root. */
    static String shardJsonFile(int shard) {
        return SHARD_PREFIX + shard + ".json";
    }

    /** A shard's script file, relative to the site's root. */
    static String shardScriptFile(int shard) {
        return SHARD_PREFIX + shard + ".js";
    }

    /** The manifest: {@code {"shards":[...]}}, the shards' JSON files relative to the manifest. */
    static byte[] manifestJson(int shards) {
        return utf8(manifest(shards, SearchIndex::shardJsonFile) + "\n");
    }

    /** The manifest's script: it assigns {@value #GLOBAL} the shards' script files, relative to the manifest. */
    static byte[] manifestScript(int shards) {
        return utf8("window." + GLOBAL + "=" + manifest(shards, SearchIndex::shardScriptFile) + ";\n");
    }

    private static String manifest(int shards, IntFunction<String> file) {
        return "{\"shards\":" + JsonText.strings(IntStream.range(0, shards).mapToObj(file).toList()) + "}";
    }

    /** A shard's JSON file: {@code {"docs":[...]}} with one entry ({@link #document}, UTF-8) a line. */
    static byte[] shardJson(List<byte[]> documents) {
        return join(NOTHING, documents, JSON_END);
    }

    /** A shard's script: the same JSON, pushed onto {@value #SHARDS_GLOBAL}, in whichever order shards load. */
    static byte[] shardScript(List<byte[]> documents) {
        return join(SHARD_SCRIPT_START, documents, SHARD_SCRIPT_END);
    }

    private static byte[] join(byte[] before, List<byte[]> documents, byte[] after) {
        long length = before.length + OPEN.length + CLOSE.length + after.length
                + (long) SEPARATOR.length * Math.max(0, documents.size() - 1);
        for (byte[] document : documents) {
            length += document.length;
        }
        byte[] out = new byte[Math.toIntExact(length)];
        int at = put(before, out, 0);
        at = put(OPEN, out, at);
        for (int i = 0; i < documents.size(); i++) {
            if (i > 0) {
                at = put(SEPARATOR, out, at);
            }
            at = put(documents.get(i), out, at);
        }
        at = put(CLOSE, out, at);
        put(after, out, at);
        return out;
    }

    private static int put(byte[] part, byte[] out, int at) {
        System.arraycopy(part, 0, out, at, part.length);
        return at + part.length;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The text of an item's body, as the index reads it. */
    static String plainText(Item item) {
        return Jsoup.parseBodyFragment(item.contentHtml()).text();
    }

    /** One item's entry, UTF-8 encoded. @param text the item's {@link #plainText} */
    static byte[] document(Item item, String text) {
        String excerpt = item.description() != null && !item.description().isBlank()
                ? item.description() : shorten(text);
        List<String> tags = item.tags().stream().map(Term::name).toList();
        List<String> tokens = tokens(item.title() + " " + String.join(" ", tags) + " " + text);
        return utf8("{\"t\":" + JsonString.quote(item.title()) + ",\"u\":" + JsonString.quote(item.url())
                + ",\"e\":" + JsonString.quote(excerpt) + ",\"g\":" + JsonText.strings(tags)
                + ",\"k\":" + JsonString.quote(String.join(" ", tokens)) + "}");
    }

    private static String shorten(String text) {
        if (text.codePointCount(0, text.length()) <= EXCERPT_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, EXCERPT_LENGTH)).strip() + "…";
    }

    /** Distinct, sorted: lowercased words of two or more characters, and bigrams of CJK runs (a lone CJK character as itself). */
    static List<String> tokens(String text) {
        // Collected unordered and sorted once: an article repeats most of its words, and a sorted set paid a
        // tree insertion for each (a tenth of the whole build's CPU time on 10,000 articles).
        Set<String> tokens = new HashSet<>();
        StringBuilder word = new StringBuilder();
        StringBuilder cjk = new StringBuilder();
        for (int i = 0, n = text.length(); i < n; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                // Most of any article's text, Chinese ones included: decided without Unicode tables.
                if (cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9') {
                    flushCjk(cjk, tokens);
                    word.append((char) cp);
                } else if (cp >= 'A' && cp <= 'Z') {
                    flushCjk(cjk, tokens);
                    word.append((char) (cp | 0x20));
                } else {
                    flushWord(word, tokens);
                    flushCjk(cjk, tokens);
                }
            } else if (isCjk(cp)) {
                flushWord(word, tokens);
                cjk.appendCodePoint(cp);
            } else if (Character.isLetterOrDigit(cp)) {
                flushCjk(cjk, tokens);
                word.appendCodePoint(Character.toLowerCase(cp));
            } else {
                flushWord(word, tokens);
                flushCjk(cjk, tokens);
            }
        }
        flushWord(word, tokens);
        flushCjk(cjk, tokens);
        List<String> sorted = new ArrayList<>(tokens);
        sorted.sort(null);
        return sorted;
    }

    private static void flushWord(StringBuilder word, Set<String> tokens) {
        if (word.length() == 0) {
            return;
        }
        if (word.codePointCount(0, word.length()) >= 2) {
            tokens.add(word.toString());
        }
        word.setLength(0);
    }

    private static void flushCjk(StringBuilder run, Set<String> tokens) {
        if (run.length() == 0) {
            return;
        }
        int[] cps = run.codePoints().toArray();
        if (cps.length == 1) {
            tokens.add(new String(cps, 0, 1));
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            tokens.add(new String(cps, i, 2));
        }
        run.setLength(0);
    }

    private static boolean isCjk(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        // The common blocks first: the script table is a binary search over every range Unicode has.
        if (cp >= 0x4E00 && cp <= 0x9FFC || cp >= 0x3041 && cp <= 0x3096 || cp >= 0x30A1 && cp <= 0x30FA
                || cp >= 0xAC00 && cp <= 0xD7A3) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
