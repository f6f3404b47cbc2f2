package dev.evergreen.finding;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A build that cannot continue. Problems in content are {@link Finding}s, not exceptions; this is for
 * the rest (an unusable configuration, an output directory that cannot be written) and always names
 * the file, and the line where there is one.
 */
public class EvergreenException extends RuntimeException {

    private final Path file;
    private final int line;

    public EvergreenException(Path file, int line, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
    }

    public EvergreenException(Path file, String message) {
        this(file, 0, message, null);
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public int line() {
        return line;
    }

    /** {@code file:line: message}, the form every error is printed in. */
    public String describe() {
        if (file == null) {
            return getMessage();
        }
        String where = file.toString().replace('\\', '/');
        return (line > 0 ? where + ":" + line : where) + ": " + getMessage();
    }
}
