package dev.evergreen.render;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pixel size of a PNG, JPEG, GIF, WebP or SVG image, read from its header, so pages can reserve
 * the space before the image loads (no layout shift). Unknown or damaged files have no size.
 */
record ImageSize(int width, int height) {

    private static final Pattern SVG_TAG = Pattern.compile("<svg\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SVG_LENGTH = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*(px)?\\s*$");

    static Optional<ImageSize> of(byte[] bytes) {
        try {
            if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
                return positive(int32(bytes, 16), int32(bytes, 20));
            }
            if (startsWith(bytes, 'G', 'I', 'F', '8')) {
                return positive(uint16le(bytes, 6), uint16le(bytes, 8));
            }
            if (startsWith(bytes, 0xFF, 0xD8)) {
                return jpeg(bytes);
            }
            if (startsWith(bytes, 'R', 'I', 'F', 'F') && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B') {
                return webp(bytes);
            }
            return svg(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8));
        } catch (ArrayIndexOutOfBoundsException truncated) {
            return Optional.empty();
        }
    }

    /** The size is in the first start-of-frame segment; every other segment is skipped by its length. */
    private static Optional<ImageSize> jpeg(byte[] b) {
        int i = 2;
        while (i + 9 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                    && marker != 0xCC;
            if (startOfFrame) {
                return positive(uint16be(b, i + 7), uint16be(b, i + 5));
            }
            i += 2 + uint16be(b, i + 2);
        }
        return Optional.empty();
    }

    private static Optional<ImageSize> webp(byte[] b) {
        String chunk = new String(b, 12, 4, StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8 " -> positive(uint16le(b, 26) & 0x3FFF, uint16le(b, 28) & 0x3FFF);
            case "VP8L" -> {
                int bits = (b[21] & 0xFF) | (b[22] & 0xFF) << 8 | (b[23] & 0xFF) << 16 | (b[24] & 0xFF) << 24;
                yield positive((bits & 0x3FFF) + 1, (bits >> 14 & 0x3FFF) + 1);
            }
            case "VP8X" -> positive(uint24le(b, 24) + 1, uint24le(b, 27) + 1);
            default -> Optional.empty();
        };
    }

    /** {@code width}/{@code height} in pixels when given, else the {@code viewBox}. */
    private static Optional<ImageSize> svg(String head) {
        Matcher tag = SVG_TAG.matcher(head);
        if (!tag.find()) {
            return Optional.empty();
        }
        String svg = tag.group();
        Optional<Double> width = length(attribute(svg, "width"));
        Optional<Double> height = length(attribute(svg, "height"));
        if (width.isPresent() && height.isPresent()) {
            return positive((int) Math.round(width.get()), (int) Math.round(height.get()));
        }
        String viewBox = attribute(svg, "viewBox");
        if (viewBox == null) {
            return Optional.empty();
        }
        String[] parts = viewBox.trim().split("[\\s,]+");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            return positive((int) Math.round(Double.parseDouble(parts[2])), (int) Math.round(Double.parseDouble(parts[3])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "\\s*=\\s*[\"']([^\"']*)[\"']").matcher(tag);
        return m.find() ? m.group(1) : null;
    }

    private static Optional<Double> length(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = SVG_LENGTH.matcher(value);
        return m.matches() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
    }

    private static Optional<ImageSize> positive(int width, int height) {
        return width > 0 && height > 0 ? Optional.of(new ImageSize(width, height)) : Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < 30) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int int32(byte[] b, int i) {
        return (b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
    }

    private static int uint16be(byte[] b, int i) {
        return (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
    }

    private static int uint16le(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static int uint24le(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16;
    }
}
