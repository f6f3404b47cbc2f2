package dev.evergreen.finding;

/**
 * A problem found in the content: a value, never an exception. Every finding points at the file and
 * line a person edits to fix it. Formatting (`path:line: kind: detail`) belongs to the report stage.
 */
public sealed interface Finding permits ContentFinding, LinkFinding {

    SourcePos pos();

    Severity severity();

    /** The short kind printed after the position, e.g. {@code front-matter} or {@code broken}. */
    String kind();

    /** The human sentence printed after the kind; it says what is wrong and, where known, what to do. */
    String detail();

    default boolean isError() {
        return severity() == Severity.ERROR;
    }
}
