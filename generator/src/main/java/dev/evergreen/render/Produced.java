package dev.evergreen.render;

/**
 * What one output produced: its text and the file that wrote it ({@code layouts/x.ftl},
 * {@code theme:default/templates/x.ftl}, or {@code evergreen:<file>} for outputs written in Java).
 */
record Produced(String content, String origin) {

    static Produced byGenerator(String content, String file) {
        return new Produced(content, "evergreen:" + file);
    }
}
