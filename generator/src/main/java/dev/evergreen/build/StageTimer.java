package dev.evergreen.build;

import org.slf4j.Logger;

import java.util.function.Supplier;

/** Runs a stage and logs its name and duration, so a slow build says where the time went. */
final class StageTimer {

    private final Logger log;

    StageTimer(Logger log) {
        this.log = log;
    }

    <T> T run(String stage, Supplier<T> work, java.util.function.Function<T, String> summary) {
        long start = System.nanoTime();
        T result = work.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.info("{}: {} ({} ms)", stage, summary.apply(result), millis);
        return result;
    }
}
