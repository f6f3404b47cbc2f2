package dev.evergreen.json;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonStringTest {

    @Test
    void escapesWhatJsonNeedsAndWhatCouldCloseAScriptElement() {
        assertThat(JsonString.quote("</script><!-- \"q\" & \u2028 \\ \n\t\u0001 中文"))
                .isEqualTo("\"\\u003c/script\\u003e\\u003c!-- \\\"q\\\" \\u0026 \\u2028 \\\\ \\n\\t\\u0001 中文\"");
    }
}
