package dev.evergreen.build;

import dev.evergreen.postprocess.ProcessedPage;

/**
 * One published output as a later build needs it: the fingerprint it was rendered from, its links and
 * anchors (a {@link ProcessedPage} without bytes) for the link check, and the size and modification
 * time of the file, so that a file changed by hand is rendered again.
 *
 * @param size the file's size in bytes, or {@link #UNKNOWN} when the file is not checked (a warm session)
 * @param modified the file's modification time in nanoseconds since the epoch, or {@link #UNKNOWN}
 */
record PublishedOutput(long fingerprint, ProcessedPage page, long size, long modified) {

    static final long UNKNOWN = -1;
}
