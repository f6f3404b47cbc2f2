package dev.evergreen.check;

import dev.evergreen.finding.LinkProblem;

import java.util.Optional;

/**
 * What the check learnt about one external URL: a closed set of values, never an exception. Each maps
 * to at most one {@link LinkProblem}; the ones that map to none produce no finding.
 */
sealed interface LinkStatus {

    /** The problem to report, or empty when there is nothing to report. */
    Optional<LinkProblem> problem();

    /** The HTTP code or the error in a few words, as shown in the finding; a component of most variants. */
    String status();

    /** What the author should do; empty when the problem says it all. */
    default String hint() {
        return "";
    }

    /** The link works. */
    record Ok() implements LinkStatus {
        @Override
        public Optional<LinkProblem> problem() {
            return Optional.empty();
        }

        @Override
        public String status() {
            return "";
        }
    }

    /** Works, but through a permanent redirect: the link should say where it ends up. */
    record Moved(String finalUrl, int code) implements LinkStatus {
        @Override
        public Optional<LinkProblem> problem() {
            return Optional.of(LinkProblem.MOVED);
        }

        @Override
        public String status() {
            return Integer.toString(code);
        }

        @Override
        public String hint() {
            return "update the link to " + finalUrl;
        }
    }

    /** The server answered with a code that is not accepted, or the redirects went wrong. */
    record Broken(String status) implements LinkStatus {
        static Broken code(int code) {
            return new Broken(Integer.toString(code));
        }

        @Override
        public Optional<LinkProblem> problem() {
            return Optional.of(LinkProblem.BROKEN);
        }
    }

    /**
     * No server could be reached for this URL (unknown host, connection refused). Broken when other
     * hosts answered during the same check; when none did, the machine has no network and the checker
     * turns this into {@link Unverified}.
     */
    record Unreachable(String status) implements LinkStatus {
        @Override
        public Optional<LinkProblem> problem() {
            return Optional.of(LinkProblem.BROKEN);
        }
    }

    /** Answers, but with a "not found" page in disguise. */
    record SoftNotFound(String status) implements LinkStatus {
        @Override
        public Optional<LinkProblem> problem() {
            return Optional.of(LinkProblem.SOFT_404);
        }
    }

    /** A bot wall answered instead of the page. */
    record Blocked(String status) implements LinkStatus {
        @Override
        public Optional<LinkProblem> problem() {
            return Optional.of(LinkProblem.BLOCKED);
        }
    }

    /** The page exists but has no element the fragment names. */
    record MissingAnchor(String fragment) implements LinkStatus {
        @Override
        public Optional<LinkProblem> problem() {
            return Optional.of(LinkProblem.MISSING_ANCHOR);
        }

        @Override
        public String status() {
            return "no element with id '" + fragment + "'";
        }
    }

    /** Could not be checked: offline, no network, timeouts, rate limits. */
    record Unverified(String status) implements LinkStatus {
        @Override
        public Optional<LinkProblem> problem() {
            return Optional.of(LinkProblem.UNVERIFIED);
        }
    }

    /** A malformed http(s), mailto: or tel: URL. */
    record Malformed(String status) implements LinkStatus {
        @Override
        public Optional<LinkProblem> problem() {
            return Optional.of(LinkProblem.SYNTAX);
        }
    }

    /** Matched an exclude pattern: not requested, not reported. */
    record Excluded() implements LinkStatus {
        @Override
        public Optional<LinkProblem> problem() {
            return Optional.empty();
        }

        @Override
        public String status() {
            return "excluded";
        }
    }

    /** A scheme the check does not fetch (ftp:, data:, ...), or a mailto:/tel: whose syntax is right. */
    record NotFetched(String scheme) implements LinkStatus {
        @Override
        public Optional<LinkProblem> problem() {
            return Optional.empty();
        }

        @Override
        public String status() {
            return scheme + ": not checked";
        }
    }
}
