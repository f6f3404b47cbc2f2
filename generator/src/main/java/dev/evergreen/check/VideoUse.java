package dev.evergreen.check;

import dev.evergreen.finding.SourcePos;
import dev.evergreen.model.Video;

/**
 * A recording's video, to be checked for whether it still plays.
 *
 * @param pos the {@code video} line of the recording's front matter
 * @param page the recording's root-relative URL
 */
public record VideoUse(Video video, SourcePos pos, String page) {
}
