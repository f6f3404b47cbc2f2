package dev.evergreen.report;

import dev.evergreen.finding.EvergreenException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A report file is either the old one or the whole new one, never half written (a CI job may read it meanwhile). */
final class AtomicFiles {

    private AtomicFiles() {
    }

    static void write(Path file, String content) {
        Path temp = null;
        try {
            temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            move(temp, file);
        } catch (IOException e) {
            EvergreenException failure = new EvergreenException(file, 0, "cannot write the report: " + e, e);
            removeTemp(temp, failure);
            throw failure;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void removeTemp(Path temp, EvergreenException failure) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
