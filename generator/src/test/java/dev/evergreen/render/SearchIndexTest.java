package dev.evergreen.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexTest {

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
    void jsonAndScriptCarryTheSameEntriesOneALine() {
        List<byte[]> documents = List.of(utf8("{\"t\":\"a\"}"), utf8("{\"t\":\"站点\"}"));
        String entries = "{\"docs\":[\n{\"t\":\"a\"},\n{\"t\":\"站点\"}\n]}";
        assertThat(text(SearchIndex.json(documents))).isEqualTo(entries + "\n");
        assertThat(text(SearchIndex.script(documents))).isEqualTo("window.evergreenSearchIndex=" + entries + ";\n");
    }

    @Test
    void anEmptyIndexIsStillValid() {
        assertThat(text(SearchIndex.json(List.of()))).isEqualTo("{\"docs\":[\n\n]}\n");
        assertThat(text(SearchIndex.script(List.of()))).isEqualTo("window.evergreenSearchIndex={\"docs\":[\n\n]};\n");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] utf8) {
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
