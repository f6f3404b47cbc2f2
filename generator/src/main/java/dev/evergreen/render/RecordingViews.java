package dev.evergreen.render;

import dev.evergreen.model.Item;
import dev.evergreen.model.Recording;
import dev.evergreen.model.Video;
import dev.evergreen.render.view.ItemLink;
import dev.evergreen.render.view.ItemView;
import dev.evergreen.render.view.RecordingView;
import dev.evergreen.render.view.RecordingYear;
import dev.evergreen.render.view.VideoView;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** The recording parts of the views: the talk on its own page, and the index grouped by year and event. */
final class RecordingViews {

    /** Content path → published item, to resolve a recording's related items. */
    private final Map<String, Item> bySource;

    RecordingViews(List<Item> items) {
        Map<String, Item> sources = new LinkedHashMap<>();
        items.forEach(i -> sources.put(i.source().slashPath(), i));
        this.bySource = Map.copyOf(sources);
    }

    RecordingView of(Item item) {
        Recording r = item.recording();
        if (r == null) {
            return null;
        }
        VideoView video = r.video() == null ? null : video(r.video(), r.posterUrl());
        return new RecordingView(r.event(), r.speakers(), video, clock(r.duration()),
                r.duration() == null ? "" : r.duration().toString(), r.slidesUrl() == null ? "" : r.slidesUrl(),
                related(item));
    }

    /** The published items a recording names as related; none for any other item. */
    List<ItemLink> related(Item item) {
        Recording r = item.recording();
        return r == null ? List.of() : r.related().stream().map(bySource::get).filter(Objects::nonNull)
                .map(i -> new ItemLink(i.title(), i.url())).toList();
    }

    /** Years newest first; within a year, events in the order of their newest talk. */
    static List<RecordingYear> byYearAndEvent(List<Item> recordings, Function<Item, ItemView> view) {
        Map<Integer, Map<String, List<Item>>> years = new LinkedHashMap<>();
        for (Item item : recordings) {
            int year = item.date() == null ? 0 : item.date().getYear();
            Recording.Event event = item.recording() == null ? null : item.recording().event();
            years.computeIfAbsent(year, y -> new LinkedHashMap<>())
                    .computeIfAbsent(event == null ? "" : event.name(), e -> new ArrayList<>()).add(item);
        }
        List<RecordingYear> groups = new ArrayList<>();
        years.forEach((year, events) -> {
            List<RecordingYear.RecordingEvent> eventGroups = new ArrayList<>();
            events.forEach((name, items) -> {
                Recording.Event event = items.get(0).recording() == null ? null : items.get(0).recording().event();
                eventGroups.add(new RecordingYear.RecordingEvent(name, event == null ? null : event.city(),
                        event == null ? null : event.url(), items.stream().map(view).toList()));
            });
            groups.add(new RecordingYear(year, List.copyOf(eventGroups)));
        });
        return List.copyOf(groups);
    }

    private static VideoView video(Video video, String posterUrl) {
        String name = switch (video.provider()) {
            case YOUTUBE -> "YouTube";
            case BILIBILI -> "Bilibili";
            case VIMEO -> "Vimeo";
            case FILE -> "video file";
        };
        return new VideoView(video.provider().label(), name, video.watchUrl(), video.embedUrl(), video.fileType(),
                posterUrl);
    }

    /** {@code 42:05} or {@code 1:02:03}, as players show it. */
    static String clock(Duration duration) {
        if (duration == null) {
            return "";
        }
        long seconds = duration.toSeconds();
        long hours = seconds / 3600;
        String minutesAndSeconds = String.format("%02d:%02d", seconds / 60 % 60, seconds % 60);
        return hours > 0 ? hours + ":" + minutesAndSeconds : minutesAndSeconds.replaceFirst("^0(?=\\d:)", "");
    }
}
