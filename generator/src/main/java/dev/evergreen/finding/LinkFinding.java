package dev.evergreen.finding;

import java.util.Objects;

/**
 * A problem with one link, image, video or other reference, found by the link check.
 *
 * @param pos the Markdown line that wrote the link (or the template line, for links a theme wrote)
 * @param problem what is wrong
 * @param url the link as the author wrote it (for external links, the URL requested)
 * @param status the HTTP status or error in a few words ({@code 404}, {@code timeout}, {@code no such file}); may be empty
 * @param page the generated page the link appears on, root-relative ({@code /2024/01/02/post/})
 * @param external whether the URL points outside the site
 * @param hint what to do, e.g. the final URL of a permanent redirect; may be empty
 */
public record LinkFinding(SourcePos pos, Severity severity, LinkProblem problem, String url, String status,
                          String page, boolean external, String hint) implements Finding {

    public LinkFinding {
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(hint, "hint");
    }

    @Override
    public String kind() {
        return problem.label();
    }

    @Override
    public String detail() {
        StringBuilder sb = new StringBuilder(url);
        if (!status.isEmpty()) {
            sb.append(" (").append(status).append(')');
        }
        if (!hint.isEmpty()) {
            sb.append(": ").append(hint);
        }
        return sb.toString();
    }
}
