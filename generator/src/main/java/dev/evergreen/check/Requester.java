package dev.evergreen.check;

import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;

/**
 * Sends one request (one hop, no redirects followed), retrying timeouts, 5xx and 429 with exponential
 * backoff and jitter, honouring {@code Retry-After} up to a cap, within the URL's time budget and its
 * host's concurrency limit. Failures come back as values.
 */
final class Requester {

    private final OkHttpClient client;
    private final ExternalCheckOptions options;
    private final HostLimits hostLimits;
    private final Clock clock;

    Requester(OkHttpClient client, ExternalCheckOptions options, HostLimits hostLimits, Clock clock) {
        this.client = client;
        this.options = options;
        this.hostLimits = hostLimits;
        this.clock = clock;
    }

    /** What one request came to. */
    sealed interface Outcome {
    }

    /**
     * The server answered.
     *
     * @param body the first bytes of an HTML body of a GET; empty otherwise
     * @param truncated whether the body was longer than what was read
     */
    record Answer(int code, Headers headers, byte[] body, boolean truncated) implements Outcome {

        /** Whether the body may be a page; an answer that does not say what it is may be one. */
        boolean isHtml() {
            String type = headers.get("Content-Type");
            return type == null || type.toLowerCase(Locale.ROOT).contains("html");
        }

        /** A JSON answer, such as a video API's: its body is read too. */
        boolean isJson() {
            String type = headers.get("Content-Type");
            return type != null && type.toLowerCase(Locale.ROOT).contains("json");
        }
    }

    /** No answer; {@code transient} failures are worth another try. */
    record Failure(LinkStatus status, boolean isTransient) implements Outcome {
    }

    /**
     * @param retry whether failures are tried again (HEAD is not: a GET follows a failed HEAD anyway)
     */
    Outcome send(HttpUrl url, String method, boolean retry, Budget budget) {
        Outcome outcome = new Failure(new LinkStatus.Unverified("timeout"), false);
        int retries = retry ? options.limits().retries() : 0;
        for (int attempt = 0; attempt <= retries; attempt++) {
            if (budget.remainingNanos() <= 0) {
                return outcome;
            }
            outcome = once(url, method, budget);
            Duration wait = retryWait(outcome, attempt);
            if (wait == null || attempt == retries || wait.toNanos() >= budget.remainingNanos()) {
                return outcome;
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return outcome;
            }
        }
        return outcome;
    }

    /** How long to wait before trying again, or {@code null} when another try is pointless. */
    private Duration retryWait(Outcome outcome, int attempt) {
        if (outcome instanceof Failure failure) {
            return failure.isTransient() ? backoff(attempt) : null;
        }
        Answer answer = (Answer) outcome;
        if (answer.code() == 429) {
            Duration asked = RetryAfter.parse(answer.headers().get("Retry-After"), clock.instant());
            if (asked == null) {
                return backoff(attempt);
            }
            return asked.compareTo(options.limits().retryAfterCap()) <= 0 ? asked : null;
        }
        return answer.code() >= 500 && answer.code() <= 599 ? backoff(attempt) : null;
    }

    private Duration backoff(int attempt) {
        long base = options.limits().backoff().toMillis() << attempt;
        return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    private Outcome once(HttpUrl url, String method, Budget budget) {
        Request request = new Request.Builder()
                .url(url)
                .method(method, null)
                .header("User-Agent", options.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .build();
        long queued = System.nanoTime();
        try {
            hostLimits.acquire(url.host());
            budget.forgive(System.nanoTime() - queued);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failure(new LinkStatus.Unverified("interrupted"), false);
        }
        try {
            Call call = client.newCall(request);
            call.timeout().timeout(Math.min(budget.remainingNanos(), options.limits().requestTimeout().toNanos()),
                    TimeUnit.NANOSECONDS);
            try (Response response = call.execute()) {
                return read(response, method);
            }
        } catch (IOException e) {
            return failure(e);
        } finally {
            hostLimits.release(url.host());
        }
    }

    private Answer read(Response response, String method) {
        boolean wantBody = method.equals("GET") && !response.isRedirect();
        Answer headersOnly = new Answer(response.code(), response.headers(), new byte[0], false);
        if (!wantBody || !(headersOnly.isHtml() || headersOnly.isJson())) {
            return headersOnly;
        }
        long limit = options.limits().maxBodyBytes();
        Buffer buffer = new Buffer();
        boolean truncated = true;
        try {
            BufferedSource source = response.body().source();
            while (buffer.size() < limit) {
                if (source.read(buffer, limit - buffer.size()) == -1) {
                    truncated = false;
                    break;
                }
            }
        } catch (IOException cutOff) {
            // A body that stalls or breaks off still told us its first bytes; judge by those.
        }
        return new Answer(response.code(), response.headers(), buffer.readByteArray(), truncated);
    }

    private static Failure failure(IOException e) {
        if (e instanceof UnknownHostException) {
            return new Failure(new LinkStatus.Unreachable("unknown host"), false);
        }
        if (e instanceof ConnectException) {
            return new Failure(new LinkStatus.Unreachable("connection refused"), false);
        }
        if (e instanceof NoRouteToHostException) {
            return new Failure(new LinkStatus.Unreachable("no route to host"), false);
        }
        if (e instanceof SSLException) {
            return new Failure(new LinkStatus.Broken("TLS error"), false);
        }
        if (e instanceof InterruptedIOException) {
            return new Failure(new LinkStatus.Unverified("timeout"), true);
        }
        return new Failure(new LinkStatus.Broken("connection failed"), true);
    }
}
