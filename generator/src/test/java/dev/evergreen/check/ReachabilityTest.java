package dev.evergreen.check;

import dev.evergreen.finding.LinkFinding;
import dev.evergreen.finding.LinkProblem;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;

import static dev.evergreen.check.ExternalCheckFixtures.answering;
import static dev.evergreen.check.ExternalCheckFixtures.check;
import static dev.evergreen.check.ExternalCheckFixtures.fast;
import static dev.evergreen.check.ExternalCheckFixtures.plain;
import static dev.evergreen.check.ExternalCheckFixtures.use;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Offline and network-less builds report links unverified, never broken. */
@Timeout(20)
class ReachabilityTest {

    // The .invalid top-level domain never resolves (RFC 6761), so no lookup leaves the machine.
    private static final String NOWHERE = "https://docs.nowhere.invalid/guide";
    private static final String NEITHER = "http://api.neither.invalid/";

    @Test
    void withNoHostReachableEveryUnreachableLinkIsUnverified() {
        assertThat(check(fast(), use(NOWHERE, 1), use(NEITHER, 2)))
                .extracting(LinkFinding::problem, LinkFinding::status)
                .containsExactly(tuple(LinkProblem.UNVERIFIED, "no network"),
                        tuple(LinkProblem.UNVERIFIED, "no network"));
    }

    @Test
    void whenAnotherHostAnsweredAnUnknownHostIsBroken() throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(answering(request -> plain(200)));
            server.start();

            assertThat(check(fast(), use(server.url("/up").toString(), 1), use(NOWHERE, 2)))
                    .extracting(LinkFinding::problem, LinkFinding::url, LinkFinding::status)
                    .containsExactly(tuple(LinkProblem.BROKEN, NOWHERE, "unknown host"));
        }
    }

    @Test
    void whenAnotherHostAnsweredARefusedConnectionIsBroken() throws IOException {
        String closedPort;
        try (MockWebServer gone = new MockWebServer()) {
            gone.start();
            closedPort = gone.url("/").toString();
        }
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(answering(request -> plain(200)));
            server.start();

            assertThat(check(fast(), use(server.url("/up").toString(), 1), use(closedPort, 2)))
                    .extracting(LinkFinding::problem, LinkFinding::status)
                    .containsExactly(tuple(LinkProblem.BROKEN, "connection refused"));
        }
    }

    @Test
    void offlineMakesNoRequestAndStillChecksSyntax() throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(answering(request -> plain(200)));
            server.start();

            assertThat(check(fast().withOffline(true), use(server.url("/a").toString(), 1), use("mailto:nobody", 2)))
                    .extracting(LinkFinding::problem, LinkFinding::status)
                    .containsExactly(tuple(LinkProblem.UNVERIFIED, "offline"),
                            tuple(LinkProblem.SYNTAX, "malformed e-mail address"));
            assertThat(server.getRequestCount()).isZero();
        }
    }
}
