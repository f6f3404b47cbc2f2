package dev.evergreen.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * One run of the command line in this JVM: its exit code and what it printed. The CLI prints to the
 * process's standard streams (SLF4J's simple logger included), so they are swapped for the run; the
 * lock keeps two runs from swapping them at once.
 *
 * @param out standard output: the findings
 * @param err standard error: log lines and fatal errors
 */
record CliRun(int exitCode, String out, String err) {

    private static final Object STREAMS = new Object();
    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+at [\\w$.]+\\(", Pattern.MULTILINE);

    static CliRun of(String... args) {
        synchronized (STREAMS) {
            PrintStream out = System.out;
            PrintStream err = System.err;
            ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
            ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
            try {
                System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
                int code = Main.run(args);
                return new CliRun(code, outBytes.toString(StandardCharsets.UTF_8),
                        errBytes.toString(StandardCharsets.UTF_8));
            } finally {
                System.setOut(out);
                System.setErr(err);
            }
        }
    }

    boolean printedStackTrace() {
        return STACK_FRAME.matcher(err).find() || STACK_FRAME.matcher(out).find();
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
