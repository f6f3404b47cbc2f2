package dev.evergreen.build;

import dev.evergreen.check.VideoUse;
import dev.evergreen.finding.SourcePos;
import dev.evergreen.model.Item;
import dev.evergreen.model.Site;

import java.util.List;

/** The videos of the published recordings, each at its recording's {@code video} line. */
final class RecordingVideos {

    private RecordingVideos() {
    }

    static List<VideoUse> uses(Site site) {
        return site.items().stream()
                .filter(item -> item.recording() != null && item.recording().video() != null)
                .map(RecordingVideos::use)
                .toList();
    }

    private static VideoUse use(Item item) {
        return new VideoUse(item.recording().video(), SourcePos.of(item.source().path(), item.recording().videoLine()),
                item.url());
    }
}
