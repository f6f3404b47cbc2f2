package dev.evergreen.ledger;

import java.nio.file.Path;

/**
 * A file the ledger adds to the output that is neither a page to link-check nor a published URL: a
 * gone page or a host's redirect rules.
 *
 * @param outputPath relative to the output directory
 * @param content UTF-8 text
 */
public record OutputFile(Path outputPath, String content) {
}
