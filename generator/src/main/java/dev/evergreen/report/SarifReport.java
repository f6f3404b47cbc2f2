package dev.evergreen.report;

import dev.evergreen.finding.Finding;
import dev.evergreen.finding.LinkProblem;
import dev.evergreen.finding.Severity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code links.sarif}: SARIF 2.1.0, which code-scanning tools (GitHub's among them) show on the
 * lines that wrote the links. One rule per finding kind present.
 */
final class SarifReport {

    /** Finding paths are relative to the content root; a consumer maps this base id to where that is. */
    static final String URI_BASE_ID = "CONTENTROOT";

    private static final String TEMPLATE = """
            {
              "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
              "version": "2.1.0",
              "runs": [
                {
                  "tool": {
                    "driver": {
                      "name": "Evergreen",
                      "rules": %s
                    }
                  },
                  "results": %s
                }
              ]
            }
            """;

    private SarifReport() {
    }

    static String render(Report report) {
        List<String> ruleIds = List.copyOf(report.countsByKind().keySet());
        List<Json> rules = ruleIds.stream()
                .map(id -> new Json().add("id", id).add("shortDescription", new Json().add("text", describe(id))))
                .toList();
        List<Json> results = report.findings().stream()
                .map(f -> result(f, ruleIds.indexOf(f.kind())))
                .toList();
        return TEMPLATE.formatted(Json.array(rules, "          "), Json.array(results, "      "));
    }

    private static Json result(Finding finding, int ruleIndex) {
        Json location = new Json().add("artifactLocation", new Json()
                .add("uri", uri(finding.pos().displayPath()))
                .add("uriBaseId", URI_BASE_ID));
        if (finding.pos().line() > 0) {
            Json region = new Json().add("startLine", finding.pos().line());
            if (finding.pos().column() > 0) {
                region.add("startColumn", finding.pos().column());
            }
            location.add("region", region);
        }
        return new Json()
                .add("ruleId", finding.kind())
                .add("ruleIndex", ruleIndex)
                .add("level", level(finding.severity()))
                .add("message", new Json().add("text", finding.detail()))
                .addRaw("locations", "[" + new Json().add("physicalLocation", location) + "]");
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String describe(String kind) {
        return Stream.of(LinkProblem.values())
                .filter(p -> p.label().equals(kind))
                .findFirst()
                .map(SarifReport::describe)
                .orElse("Problem in a content file: " + kind);
    }

    private static String describe(LinkProblem problem) {
        return switch (problem) {
            case BROKEN -> "The link target does not exist";
            case MISSING_ANCHOR -> "The page exists but has no element with the link's fragment id";
            case MOVED -> "The link is permanently redirected; update it to the final URL";
            case SOFT_404 -> "The link answers but not with the page meant";
            case BLOCKED -> "A bot wall answered instead of the page";
            case UNVERIFIED -> "The link could not be checked";
            case SYNTAX -> "The link is malformed";
        };
    }

    /** A relative URI reference: the path's bytes percent-encoded except unreserved characters and slashes. */
    static String uri(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c == '/' || c == '-' || c == '.' || c == '_' || c == '~'
                    || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return sb.toString();
    }
}
