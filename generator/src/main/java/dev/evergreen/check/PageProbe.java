package dev.evergreen.check;

import okhttp3.HttpUrl;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the status of one external page (a URL without its fragment): HEAD first, GET when HEAD is
 * refused or mishandled or when the page itself must be read; redirects followed hop by hop.
 */
final class PageProbe {

    private final Requester requester;
    private final ExternalCheckOptions options;

    PageProbe(Requester requester, ExternalCheckOptions options) {
        this.requester = requester;
        this.options = options;
    }

    /**
     * The status of a page.
     *
     * @param reachedServer whether any server answered while checking it: the evidence that the
     *                      machine has a network at all
     * @param page what the page's first bytes say, when it was read
     */
    record Probe(LinkStatus status, boolean reachedServer, Optional<PageSignals> page) {
    }

    /** Where following a URL's redirects ended. */
    private sealed interface Chain {
    }

    /** An answer that is not a redirect. */
    private record Ended(HttpUrl finalUrl, Requester.Answer answer, int permanentCode, boolean redirected)
            implements Chain {
    }

    /** No final answer: a connection failure, a loop, a bad {@code Location}. */
    private record Stopped(LinkStatus status, boolean reachedServer) implements Chain {
    }

    Probe probe(HttpUrl page) {
        Budget budget = new Budget(options.limits().urlBudget().toNanos());
        if (!options.rulesFor(page.host()).getOnly()) {
            Chain head = follow(page, "HEAD", budget);
            if (head instanceof Stopped stopped && stopped.status() instanceof LinkStatus.Unreachable) {
                return new Probe(stopped.status(), stopped.reachedServer(), Optional.empty());
            }
            // An accepted answer is final unless the page must be read (title, bot wall, anchors).
            if (head instanceof Ended ended && accepted(ended) && !ended.answer().isHtml()) {
                return classify(page, ended);
            }
        }
        Chain get = follow(page, "GET", budget);
        if (get instanceof Stopped stopped) {
            return new Probe(stopped.status(), stopped.reachedServer(), Optional.empty());
        }
        return classify(page, (Ended) get);
    }

    private Chain follow(HttpUrl start, String method, Budget budget) {
        Set<HttpUrl> seen = new HashSet<>();
        seen.add(start);
        HttpUrl url = start;
        int permanentCode = 0;
        for (int hops = 0; ; hops++) {
            Requester.Outcome outcome = requester.send(url, method, method.equals("GET"), budget);
            if (outcome instanceof Requester.Failure failure) {
                return new Stopped(failure.status(), hops > 0);
            }
            Requester.Answer answer = (Requester.Answer) outcome;
            if (!isRedirect(answer.code())) {
                return new Ended(url, answer, permanentCode, hops > 0);
            }
            if (hops == options.limits().maxRedirects()) {
                return new Stopped(new LinkStatus.Broken("too many redirects"), true);
            }
            String location = answer.headers().get("Location");
            HttpUrl next = location == null ? null : url.resolve(location);
            if (next == null) {
                // Only http and https are ever requested: a file:, ftp: or app: target is not followed.
                return new Stopped(UrlSyntax.scheme(location)
                        .<LinkStatus>map(scheme -> new LinkStatus.Unverified("redirect to a " + scheme + ": URL, not followed"))
                        .orElseGet(() -> new LinkStatus.Broken("bad redirect")), true);
            }
            next = next.newBuilder().fragment(null).build();
            if (options.excludes(next.toString())) {
                // An excluded (often private) host is not reached through a public URL's redirect either.
                return new Stopped(new LinkStatus.Unverified("redirect to an excluded URL, not followed"), true);
            }
            if (!seen.add(next)) {
                return new Stopped(new LinkStatus.Broken("redirect loop"), true);
            }
            if (permanentCode == 0 && (answer.code() == 301 || answer.code() == 308)) {
                permanentCode = answer.code();
            }
            url = next;
        }
    }

    private Probe classify(HttpUrl start, Ended ended) {
        Requester.Answer answer = ended.answer();
        Optional<PageSignals> page = answer.body().length == 0
                ? Optional.empty()
                : Optional.of(PageSignals.read(answer, ended.finalUrl().toString()));
        return new Probe(statusOf(start, ended, page), true, page);
    }

    private LinkStatus statusOf(HttpUrl start, Ended ended, Optional<PageSignals> page) {
        int code = ended.answer().code();
        if ("challenge".equalsIgnoreCase(ended.answer().headers().get("cf-mitigated"))) {
            return new LinkStatus.Blocked("bot challenge");
        }
        if (!accepted(ended)) {
            if ((code == 403 || code == 429 || code == 503) && page.map(PageSignals::looksLikeBotWall).orElse(false)) {
                return new LinkStatus.Blocked("bot challenge (" + code + ")");
            }
            if (code == 999) {
                // LinkedIn and a few others answer robots with this non-standard code.
                return new LinkStatus.Blocked("999");
            }
            if (code == 429) {
                return new LinkStatus.Unverified("429 rate limited");
            }
            return LinkStatus.Broken.code(code);
        }
        if (ended.redirected() && isDeep(start) && isHomeOf(ended.finalUrl(), start)) {
            return new LinkStatus.SoftNotFound("redirected to home page");
        }
        if (page.map(PageSignals::titleSaysNotFound).orElse(false)) {
            return new LinkStatus.SoftNotFound("page titled '" + page.get().title() + "'");
        }
        if (ended.permanentCode() != 0) {
            return new LinkStatus.Moved(ended.finalUrl().toString(), ended.permanentCode());
        }
        return new LinkStatus.Ok();
    }

    private boolean accepted(Ended ended) {
        return options.rulesFor(ended.finalUrl().host()).acceptedCodes().contains(ended.answer().code());
    }

    private static boolean isRedirect(int code) {
        return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
    }

    private static boolean isDeep(HttpUrl url) {
        return !url.encodedPath().equals("/") || url.encodedQuery() != null;
    }

    private static boolean isHomeOf(HttpUrl candidate, HttpUrl start) {
        return candidate.encodedPath().equals("/") && candidate.encodedQuery() == null
                && withoutWww(candidate.host()).equals(withoutWww(start.host()));
    }

    private static String withoutWww(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
