package dev.evergreen.parse;

import dev.evergreen.finding.Finding;
import dev.evergreen.load.Source;

import java.nio.file.Path;
import java.util.List;

/**
 * One Markdown source after parsing.
 *
 * <p>Every link, image and media element in {@code html} and {@code excerptHtml} carries a
 * {@code data-eg-src="<source path>:<line>"} stamp: post-process reads it to report findings at the
 * Markdown line and to resolve links relative to the source, then removes it.
 *
 * @param html the body rendered to HTML (without front matter)
 * @param excerptHtml the excerpt: content before {@code <!-- more -->}, else the description, else the first paragraph
 * @param hasMoreMarker whether the body has a {@code <!-- more -->} marker
 * @param headings every heading in document order, with its id
 * @param findings problems found while parsing (malformed YAML, bad dates...)
 * @param includes the files the page's code blocks include, absolute: the page depends on them
 */
public record ParsedPage(Source source, FrontMatter frontMatter, String html, String excerptHtml,
                         boolean hasMoreMarker, List<Heading> headings, TextStats stats,
                         List<Finding> findings, List<Path> includes) {

    public ParsedPage {
        headings = List.copyOf(headings);
        findings = List.copyOf(findings);
        includes = List.copyOf(includes);
    }

    /** This page with {@code source} (the same file, with its text) in place of its own. */
    public ParsedPage withSource(Source source) {
        return new ParsedPage(source, frontMatter, html, excerptHtml, hasMoreMarker, headings, stats, findings,
                includes);
    }

        /** This page without its source's text, which only the parse stage reads. */
    public ParsedPage withoutText() {
        return new ParsedPage(source.withoutText(), frontMatter, html, excerptHtml, hasMoreMarker, headings, stats,
                findings, includes);
    }

    /** The text of the first level-1 heading, used as the title when front matter has none. */
    public java.util.Optional<String> firstHeading() {
        return headings.stream().filter(h -> h.level() == 1).map(Heading::text).findFirst();
    }
}
