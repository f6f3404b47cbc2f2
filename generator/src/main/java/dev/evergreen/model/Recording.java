package dev.evergreen.model;

import java.time.Duration;
import java.util.List;

/**
 * What a recording has beyond an article: the talk's event, speakers and video.
 *
 * @param event where the talk was given; {@code null} when the front matter names none
 * @param video {@code null} when the front matter has no (usable) video
 * @param videoLine the source line of the {@code video} key, where a dead video is reported
 * @param duration {@code null} when not given
 * @param slidesUrl an absolute URL, or a root-relative one for a file of the site; {@code null} when not given
 * @param posterUrl a local image shown before the video loads, root-relative; {@code null} for a plain poster
 * @param related the content paths ({@code posts/intro.md}) of related items, each known to be published
 */
public record Recording(Event event, List<Speaker> speakers, Video video, int videoLine, Duration duration,
                        String slidesUrl, String posterUrl, List<String> related) {

    public Recording {
        speakers = List.copyOf(speakers);
        related = List.copyOf(related);
    }

    /** An event: a meetup or conference. Any part may be {@code null} except the name. */
    public record Event(String name, String city, String url) {
    }

    /** A speaker, as written in the front matter or looked up in {@code data/authors.yml}. */
    public record Speaker(String name, String affiliation, String url) {
    }
}
