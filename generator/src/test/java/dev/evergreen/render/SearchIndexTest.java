package dev.evergreen.render;

import org.junit.jupiter.api.Test;

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
        assertThat(SearchIndex.script("{}\n")).isEqualTo("window.evergreenSearchIndex={};\n");
    }
}
