package dev.evergreen.parse.ext;

/**
 * A problem an extension found in the Markdown, at an offset of the parsed body; the parse stage turns it
 * into a finding at the file's line.
 *
 * @param error whether it is an error (the build fails) rather than a warning
 * @param kind a short stable name, e.g. {@code admonition} or {@code code-include}
 */
public record MarkupProblem(int offset, boolean error, String kind, String detail) {
}
