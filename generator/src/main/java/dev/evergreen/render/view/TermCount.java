package dev.evergreen.render.view;

/** A term on a taxonomy index. */
public record TermCount(String name, String slug, String url, int count) {
}
