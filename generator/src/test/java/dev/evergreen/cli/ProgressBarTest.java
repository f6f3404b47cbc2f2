package dev.evergreen.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressBarTest {

    private static final long MS = 1_000_000L;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong(1_000 * MS);

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void logModePrintsALineEveryTenthOfTheWay() {
        ProgressBar bar = new ProgressBar(out, false, now::get);
        bar.started(20);
        for (int i = 1; i <= 20; i++) {
            now.addAndGet(100 * MS);
            bar.advanced("https://host" + i + ".example/page");
        }
        bar.finished();

        assertThat(output().lines()).hasSize(1 + 10 + 1);
        assertThat(output().lines()).first().isEqualTo("Checking 20 external URLs ...");
        assertThat(output().lines()).element(1).isEqualTo("Checked 2/20 (10.0 URLs/s), last host2.example");
        assertThat(output().lines()).element(10).isEqualTo("Checked 20/20 (10.0 URLs/s), last host20.example");
        assertThat(output().lines()).last().isEqualTo("Checked 20 of 20 external URLs in 2.0 s");
        assertThat(output()).doesNotContain("\r");
    }

    @Test
    void logModeSpeaksUpWhenSlowEvenBetweenTenths() {
        ProgressBar bar = new ProgressBar(out, false, now::get);
        bar.started(1000);
        now.addAndGet(1_000 * MS);
        bar.advanced("https://a.example/");
        now.addAndGet(5_000 * MS);
        bar.advanced("https://slow.example/");

        assertThat(output().lines()).containsExactly("Checking 1000 external URLs ...",
                "Checked 2/1000 (0.3 URLs/s), last slow.example");
    }

    @Test
    void terminalModeRedrawsOneLineAtMostTenTimesASecond() {
        ProgressBar bar = new ProgressBar(out, true, now::get);
        bar.started(100);
        for (int i = 1; i <= 100; i++) {
            now.addAndGet(10 * MS);
            bar.advanced("https://h" + i + ".example/");
        }

        String drawn = output();
        assertThat(drawn).doesNotContain("\n");
        // The first frame at start, one per 100 ms over 1 s, and the final frame.
        assertThat(drawn.chars().filter(c -> c == '\r').count()).isEqualTo(1 + 10);
        String last = drawn.substring(drawn.lastIndexOf('\r') + 1);
        assertThat(last).isEqualTo("[####################] 100/100 (100.0 URLs/s) h100.example");
    }

    @Test
    void terminalModeRubsOutALongerPreviousLineAndEndsWithANewline() {
        ProgressBar bar = new ProgressBar(out, true, now::get);
        bar.started(2);
        now.addAndGet(1_000 * MS);
        bar.advanced("https://a-very-long-host-name.example.org/x");
        now.addAndGet(1_000 * MS);
        bar.advanced("https://b.example/");
        bar.finished();

        String[] frames = output().split("\r", -1);
        String second = "[##########..........] 1/2 (1.0 URLs/s) a-very-long-host-name.example.org";
        String third = "[####################] 2/2 (1.0 URLs/s) b.example";
        assertThat(frames[2]).isEqualTo(second);
        assertThat(frames[3]).isEqualTo(third + " ".repeat(second.length() - third.length()));
        assertThat(output()).endsWith("Checked 2 of 2 external URLs in 2.0 s\n");
    }

    @Test
    void nothingToCheckShowsNothing() {
        ProgressBar bar = new ProgressBar(out, true, now::get);
        bar.started(0);
        bar.finished();

        assertThat(output()).isEmpty();
    }

    @Test
    void countsEveryAdvanceFromManyThreads() throws InterruptedException {
        ProgressBar bar = new ProgressBar(out, false, now::get);
        int threads = 8;
        int each = 250;
        bar.started(threads * each);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                go.await();
                for (int i = 0; i < each; i++) {
                    now.addAndGet(MS);
                    bar.advanced("https://x.example/" + i);
                }
                return null;
            });
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        bar.finished();

        assertThat(output().lines()).filteredOn(l -> l.startsWith("Checked ") && l.contains("/2000"))
                .hasSize(10)
                .last().asString().startsWith("Checked 2000/2000 ");
        assertThat(output()).contains("Checked 2000 of 2000 external URLs");
    }

    @Test
    void hostOfAUrlOrTheUrlCutShort() {
        assertThat(ProgressBar.host("https://user@docs.example.org:8443/a?b#c")).isEqualTo("docs.example.org");
        assertThat(ProgressBar.host("not a url " + "x".repeat(50))).hasSize(40).endsWith("...");
    }
}
