package dev.evergreen.report;

import dev.evergreen.finding.Finding;
import dev.evergreen.finding.Severity;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...::detail}) that put findings on the
 * pull request's changed lines. Escaping follows the Actions toolkit ({@code toCommandValue} and
 * {@code toCommandProperties}).
 */
final class GithubAnnotations {

    private final String pathPrefix;

    /**
     * @param contentRoot finding paths are relative to it; annotations need paths relative to the
     *                    repository checkout, {@code GITHUB_WORKSPACE}
     */
    GithubAnnotations(Path contentRoot, Map<String, String> environment) {
        this.pathPrefix = prefix(contentRoot, environment.get("GITHUB_WORKSPACE"));
    }

    static boolean wanted(Map<String, String> environment) {
        return "true".equals(environment.get("GITHUB_ACTIONS"));
    }

    List<String> lines(Report report) {
        return report.findings().stream().map(this::command).collect(Collectors.toList());
    }

    String command(Finding finding) {
        StringBuilder properties = new StringBuilder("file=")
                .append(escapeProperty(pathPrefix + finding.pos().displayPath()));
        if (finding.pos().line() > 0) {
            properties.append(",line=").append(finding.pos().line());
            if (finding.pos().column() > 0) {
                properties.append(",col=").append(finding.pos().column());
            }
        }
        properties.append(",title=").append(escapeProperty(finding.kind()));
        return "::" + level(finding.severity()) + " " + properties + "::" + escapeData(finding.detail());
    }

    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    private static String prefix(Path contentRoot, String workspace) {
        if (workspace == null || workspace.isBlank()) {
            return "";
        }
        Path root = contentRoot.toAbsolutePath().normalize();
        Path checkout = Path.of(workspace).toAbsolutePath().normalize();
        if (!root.startsWith(checkout) || root.equals(checkout)) {
            return "";
        }
        return checkout.relativize(root).toString().replace('\\', '/') + "/";
    }
}
