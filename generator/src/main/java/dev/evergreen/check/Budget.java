package dev.evergreen.check;

/**
 * The time one URL may take: redirects, retries and waits. Time spent queued behind other requests
 * to the same host does not count; it is the checker's doing, not the URL's.
 */
final class Budget {

    private long deadline;

    Budget(long nanos) {
        this.deadline = System.nanoTime() + nanos;
    }

    long remainingNanos() {
        return deadline - System.nanoTime();
    }

    void forgive(long nanos) {
        deadline += nanos;
    }
}
