package dev.evergreen.finding;

import java.util.Locale;

/** What is wrong with a link. The closed set the link check reports and the severities are keyed by. */
public enum LinkProblem {
    /** The target does not exist: an internal path with no file, an external 404/410/5xx, a dead host. */
    BROKEN,
    /** The page exists but has no element with the fragment's id. */
    MISSING_ANCHOR,
    /** A permanent redirect (301, 308): the link works today but should be updated to the final URL. */
    MOVED,
    /** Answers 200 but is not the page meant: redirected to the home page, or titled "Not Found". */
    SOFT_404,
    /** A bot wall or challenge answered instead of the page: neither working nor broken. */
    BLOCKED,
    /** Could not be checked (no network, offline mode, timeout budget spent): not known to be broken. */
    UNVERIFIED,
    /** A malformed URL, mailto: or tel: link. */
    SYNTAX;

    /** The name printed in reports and used in configuration: {@code missing-anchor}, {@code soft-404}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static LinkProblem fromLabel(String label) {
        for (LinkProblem p : values()) {
            if (p.label().equals(label)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown link problem '" + label + "'");
    }
}
