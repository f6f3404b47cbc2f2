package dev.evergreen.build;

import dev.evergreen.finding.EvergreenException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Gives every published file one fixed last-modified time, as Maven's {@code outputTimestamp} does for
 * jar entries: the bytes are already reproducible, and with this a zip or an rsync of the site is too.
 */
final class PublishedTimes {

    private PublishedTimes() {
    }

    static void set(Path output, Instant time) {
        FileTime fileTime = FileTime.from(time);
        try (Stream<Path> paths = Files.walk(output)) {
            for (Path path : paths.sorted().toList()) {
                Files.setLastModifiedTime(path, fileTime);
            }
        } catch (IOException e) {
            throw new EvergreenException(output, 0, "cannot set the output timestamp: " + e.getMessage(), e);
        }
    }
}
