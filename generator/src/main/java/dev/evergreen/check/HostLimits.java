package dev.evergreen.check;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/** Keeps the number of requests in flight to each host within its limit, so no site is hammered. */
final class HostLimits {

    private final ExternalCheckOptions options;
    private final ConcurrentHashMap<String, Semaphore> permits = new ConcurrentHashMap<>();

    HostLimits(ExternalCheckOptions options) {
        this.options = options;
    }

    void acquire(String host) throws InterruptedException {
        semaphore(host).acquire();
    }

    void release(String host) {
        semaphore(host).release();
    }

    private Semaphore semaphore(String host) {
        return permits.computeIfAbsent(host.toLowerCase(Locale.ROOT),
                h -> new Semaphore(options.rulesFor(h).maxConcurrency(), true));
    }
}
