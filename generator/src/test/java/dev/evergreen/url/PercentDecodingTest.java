package dev.evergreen.url;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PercentDecodingTest {

    @Test
    void decodesUtf8EscapesAndKeepsPlusSigns() {
        assertThat(PercentDecoding.decode("/%E6%96%87%E6%A1%A3/c++%20notes")).contains("/文档/c++ notes");
    }

    @Test
    void aMalformedEscapeIsEmpty() {
        assertThat(PercentDecoding.decode("/bad%zz")).isEmpty();
        assertThat(PercentDecoding.decode("/cut%4")).isEmpty();
    }
}
