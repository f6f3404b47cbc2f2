package dev.evergreen.render.view;

import java.util.List;

/** The recordings index's talks of one year, by event; the year of undated talks is 0. */
public record RecordingYear(int year, List<RecordingEvent> events) {

    /**
     * The talks of one event in that year, newest first.
     *
     * @param name empty for talks that name no event
     * @param city may be {@code null}
     * @param url the event's own page; may be {@code null}
     */
    public record RecordingEvent(String name, String city, String url, List<ItemView> items) {
    }
}
