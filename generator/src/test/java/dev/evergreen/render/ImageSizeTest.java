package dev.evergreen.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ImageSizeTest {

    @Test
    void pngGifJpegAndWebpHeaders() {
        byte[] png = bytes(40, 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 2, 0x80, 0, 0, 0, 200);
        assertThat(ImageSize.of(png)).contains(new ImageSize(640, 200));
        byte[] gif = bytes(40, 'G', 'I', 'F', '8', '9', 'a', 0x20, 0x03, 0x58, 0x02);
        assertThat(ImageSize.of(gif)).contains(new ImageSize(800, 600));
        // SOI, an APP0 segment of length 16 to skip, then SOF0 with height 0x0100 and width 0x0200.
        byte[] jpeg = bytes(60, 0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0xFF, 0xC0, 0, 17, 8, 0x01, 0x00, 0x02, 0x00, 3);
        assertThat(ImageSize.of(jpeg)).contains(new ImageSize(512, 256));
        byte[] webp = bytes(40, 'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'X',
                0, 0, 0, 0, 0, 0, 0, 0, 99, 0, 0, 49, 0, 0);
        assertThat(ImageSize.of(webp)).contains(new ImageSize(100, 50));
    }

    @Test
    void svgFromWidthAndHeightElseViewBoxAndNothingForUnknownBytes() {
        assertThat(ImageSize.of(svg("<svg xmlns='http://www.w3.org/2000/svg' width=\"120px\" height=\"30\">")))
                .contains(new ImageSize(120, 30));
        assertThat(ImageSize.of(svg("<?xml version='1.0'?><svg viewBox=\"0 0 32 16\" width=\"100%\">")))
                .contains(new ImageSize(32, 16));
        assertThat(ImageSize.of(svg("<svg width='1em' height='1em'>"))).isEmpty();
        assertThat(ImageSize.of(bytes(40, 0x89, 'P', 'N', 'G'))).isEmpty();
        assertThat(ImageSize.of(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
    }

    private static byte[] svg(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int length, int... values) {
        byte[] bytes = Arrays.copyOf(new byte[0], length);
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
