package dev.evergreen.finding;

import java.util.Objects;

/**
 * A problem in a content file itself: malformed front matter, a bad date, a duplicate permalink.
 *
 * @param kind a short stable name such as {@code front-matter}, {@code date}, {@code duplicate-permalink}
 * @param detail what is wrong and what to do about it
 */
public record ContentFinding(SourcePos pos, Severity severity, String kind, String detail) implements Finding {

    public ContentFinding {
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    public static ContentFinding error(SourcePos pos, String kind, String detail) {
        return new ContentFinding(pos, Severity.ERROR, kind, detail);
    }

    public static ContentFinding warning(SourcePos pos, String kind, String detail) {
        return new ContentFinding(pos, Severity.WARNING, kind, detail);
    }
}
