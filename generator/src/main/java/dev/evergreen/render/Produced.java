package dev.evergreen.render;

/**
 * What one output produced: its text, or for an output written in Java straight as UTF-8, its bytes
 * (see {@link RenderedPage#bytes()}), and the file that wrote it ({@code layouts/x.ftl},
 * {@code theme:default/templates/x.ftl}, or {@code evergreen:<file>} for outputs written in Java).
 */
record Produced(String content, byte[] bytes, String origin) {

    Produced(String content, String origin) {
        this(content, null, origin);
    }

    static Produced byGenerator(String content, String file) {
        return new Produced(content, "evergreen:" + file);
    }

    static Produced byGenerator(byte[] utf8, String file) {
        return new Produced(null, utf8, "evergreen:" + file);
    }
}
