package dev.evergreen.render.view;

import dev.evergreen.model.Recording;

import java.util.List;

/**
 * A recording's talk as templates see it.
 *
 * @param event {@code null} when the front matter names none
 * @param video {@code null} when the recording has no usable video (already reported as an error)
 * @param duration e.g. {@code 42:05} or {@code 1:02:03}; empty when unknown
 * @param durationIso ISO 8601, e.g. {@code PT42M5S}; empty when unknown
 * @param slidesUrl empty when there are none
 * @param related the related items that are published
 */
public record RecordingView(Recording.Event event, List<Recording.Speaker> speakers, VideoView video,
                            String duration, String durationIso, String slidesUrl, List<ItemLink> related) {
}
