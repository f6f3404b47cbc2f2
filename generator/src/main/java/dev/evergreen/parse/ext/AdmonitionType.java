package dev.evergreen.parse.ext;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The callout types each form accepts: GitHub's five alerts, and for fenced containers those plus the
 * Docusaurus and MkDocs names ({@code info}, {@code danger}) and the tab containers.
 */
final class AdmonitionType {

    static final String TABS = "tabs";
    static final String TAB = "tab";

    private static final Set<String> ALERTS = Set.of("note", "tip", "important", "warning", "caution");
    private static final Map<String, String> FENCE_ONLY = Map.of("info", "Info", "danger", "Danger");

    private AdmonitionType() {
    }

    static boolean known(Admonition admonition) {
        String type = admonition.type();
        return ALERTS.contains(type) || admonition.form() == Admonition.Form.FENCE
                && (FENCE_ONLY.containsKey(type) || type.equals(TABS) || type.equals(TAB));
    }

    /** What a reader sees when the author gave no title: the type, capitalised. */
    static String defaultTitle(String type) {
        return Optional.ofNullable(FENCE_ONLY.get(type))
                .orElse(type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1));
    }

    static String accepted(Admonition.Form form) {
        return form == Admonition.Form.ALERT ? "NOTE, TIP, IMPORTANT, WARNING or CAUTION"
                : "note, tip, info, important, warning, caution, danger, tabs or tab";
    }
}
