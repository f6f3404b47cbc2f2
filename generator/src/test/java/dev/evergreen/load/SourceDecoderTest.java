package dev.evergreen.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceDecoderTest {

    @Test
    void normaliseRemovesOnlyALeadingByteOrderMark() {
        assertThat(SourceDecoder.normalise("\uFEFFa\uFEFFb")).isEqualTo("a\uFEFFb");
    }

    @Test
    void normaliseTurnsEveryLineEndingIntoNewline() {
        assertThat(SourceDecoder.normalise("a\r\nb\rc\nd\r\n\r\n")).isEqualTo("a\nb\nc\nd\n\n");
    }
}
