package dev.evergreen.serve;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs a started server until the JVM is asked to stop (Ctrl-C) or, when given, a time limit passes,
 * then closes it. Shared by the CLI and the Maven goal so both stop the same clean way.
 */
public final class ServeUntil {

    private ServeUntil() {
    }

    /** @param limit how long to serve; zero or negative serves until the process is stopped */
    public static void stopped(DevServer server, Duration limit) throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            server.close();
        }, "evergreen-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (limit.isZero() || limit.isNegative()) {
                stop.await();
            } else {
                stop.await(limit.toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running and closes the server itself.
            }
        }
    }
}
