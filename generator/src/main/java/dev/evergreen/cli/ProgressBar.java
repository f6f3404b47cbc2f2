package dev.evergreen.cli;

import dev.evergreen.check.CheckProgress;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Shows how far the external link check is: done/total, URLs per second and the host last answered.
 * On a terminal it redraws one line in place, at most ten times a second; into a log (CI) it prints a
 * plain line every tenth of the way or every few seconds, so the log neither floods nor goes silent.
 * Thread-safe: checker threads call {@link #advanced} concurrently.
 */
public final class ProgressBar implements CheckProgress {

    private static final long REDRAW_NANOS = Duration.ofMillis(100).toNanos();
    private static final long LOG_LINE_NANOS = Duration.ofSeconds(5).toNanos();
    private static final int BAR_WIDTH = 20;
    private static final int HOST_WIDTH = 40;

    private final PrintStream out;
    private final boolean interactive;
    private final LongSupplier nanoTime;

    private int total;
    private int done;
    private long startNanos;
    private long lastShownNanos;
    private int lastShownTenth;
    private int drawnWidth;

    /**
     * @param interactive whether {@code out} is a terminal that understands {@code \r}
     * @param nanoTime the clock, {@code System::nanoTime} outside tests
     */
    public ProgressBar(PrintStream out, boolean interactive, LongSupplier nanoTime) {
        this.out = Objects.requireNonNull(out, "out");
        this.interactive = interactive;
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    @Override
    public synchronized void started(int total) {
        this.total = total;
        this.done = 0;
        this.startNanos = nanoTime.getAsLong();
        this.lastShownNanos = startNanos;
        this.lastShownTenth = 0;
        this.drawnWidth = 0;
        if (total <= 0) {
            return;
        }
        if (interactive) {
            redraw(startNanos, "");
        } else {
            out.println("Checking " + total + " external " + (total == 1 ? "URL" : "URLs") + " ...");
            out.flush();
        }
    }

    @Override
    public synchronized void advanced(String url) {
        if (total <= 0) {
            return;
        }
        done = Math.min(done + 1, total);
        long now = nanoTime.getAsLong();
        if (interactive) {
            if (now - lastShownNanos >= REDRAW_NANOS || done == total) {
                redraw(now, host(url));
            }
        } else {
            int tenth = done * 10 / total;
            if (tenth > lastShownTenth || now - lastShownNanos >= LOG_LINE_NANOS) {
                lastShownTenth = tenth;
                lastShownNanos = now;
                out.println("Checked " + status(now) + ", last " + host(url));
                out.flush();
            }
        }
    }

    @Override
    public synchronized void finished() {
        if (total <= 0) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (interactive) {
            out.print("\r" + " ".repeat(drawnWidth) + "\r");
        }
        out.println("Checked " + done + " of " + total + " external URLs in "
                + String.format(Locale.ROOT, "%.1f s", (now - startNanos) / 1e9));
        out.flush();
        total = 0;
    }

    private void redraw(long now, String host) {
        int filled = done * BAR_WIDTH / total;
        String line = "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + status(now) + " " + host;
        // Spaces rub out the tail of a longer previous line, since \r only moves the cursor back.
        out.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        out.flush();
        drawnWidth = line.length();
        lastShownNanos = now;
    }

    /** {@code 45/120 (12.3 URLs/s)}; no rate before any time has passed. */
    private String status(long now) {
        String counts = done + "/" + total;
        long elapsed = now - startNanos;
        return elapsed <= 0 ? counts
                : counts + String.format(Locale.ROOT, " (%.1f URLs/s)", done / (elapsed / 1e9));
    }

    /** The host alone fits a line and says which site is slow; a URL that will not parse is shown cut short. */
    static String host(String url) {
        String host = null;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException malformed) {
            // The checker reports malformed URLs itself; here they only need a label.
        }
        String label = host != null ? host : url;
        return label.length() <= HOST_WIDTH ? label : label.substring(0, HOST_WIDTH - 3) + "...";
    }
}
