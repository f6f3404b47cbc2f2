package dev.evergreen.render;

import dev.evergreen.json.JsonString;

import dev.evergreen.load.Kind;
import dev.evergreen.load.SiteConfig;
import dev.evergreen.model.Item;
import dev.evergreen.model.Recording;
import dev.evergreen.model.Video;
import dev.evergreen.model.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * The schema.org description of an item for {@code <script type="application/ld+json">}: an
 * {@code Article}, or a {@code VideoObject} for a recording. Escaped by {@link JsonText}, so the
 * template writes it as it is.
 */
final class JsonLd {

    private JsonLd() {
    }

    static String of(Item item, SiteConfig config, String description) {
        String url = config.absoluteUrl(item.url());
        List<String> fields = new ArrayList<>();
        fields.add(field("@context", "https://schema.org"));
        if (item.kind() == Kind.RECORDING) {
            fields.add(field("@type", "VideoObject"));
            fields.add(field("name", item.title()));
            if (item.date() != null) {
                fields.add(field("uploadDate", ViewFactory.RFC_3339.format(item.date())));
            }
            fields.addAll(video(item.recording(), config));
        } else {
            fields.add(field("@type", "Article"));
            fields.add(field("headline", item.title()));
            if (item.date() != null) {
                fields.add(field("datePublished", ViewFactory.RFC_3339.format(item.date())));
            }
            if (item.updated() != null) {
                fields.add(field("dateModified", ViewFactory.RFC_3339.format(item.updated())));
            }
            if (!item.tags().isEmpty()) {
                fields.add(field("keywords", String.join(", ", item.tags().stream().map(Term::name).toList())));
            }
        }
        fields.add(field("description", description == null ? "" : description));
        fields.add(field("url", url));
        fields.add(field("mainEntityOfPage", url));
        if (item.lang() != null && !item.lang().isBlank()) {
            fields.add(field("inLanguage", item.lang()));
        } else {
            fields.add(field("inLanguage", config.language()));
        }
        if (!item.authors().isEmpty()) {
            fields.add(JsonString.quote("author") + ":" + item.authors().stream()
                    .map(a -> "{\"@type\":\"Person\",\"name\":" + JsonString.quote(a) + "}")
                    .reduce((a, b) -> a + "," + b).map(a -> "[" + a + "]").orElseThrow());
        }
        fields.add(JsonString.quote("publisher") + ":{\"@type\":\"Organization\",\"name\":"
                + JsonString.quote(config.title()) + "}");
        return "{" + String.join(",", fields) + "}";
    }

    /** What a recording adds to its {@code VideoObject}: how long it is, where it plays, its poster. */
    private static List<String> video(Recording recording, SiteConfig config) {
        List<String> fields = new ArrayList<>();
        if (recording == null) {
            return fields;
        }
        if (recording.duration() != null) {
            fields.add(field("duration", recording.duration().toString()));
        }
        Video video = recording.video();
        if (video != null && video.provider() == Video.Provider.FILE) {
            String file = video.id();
            fields.add(field("contentUrl", file.matches("(?i)https?://.*") ? file : config.absoluteUrl(file)));
        } else if (video != null) {
            fields.add(field("embedUrl", video.embedUrl().replaceFirst("[?&]autoplay=1$", "")));
        }
        if (recording.posterUrl() != null) {
            fields.add(field("thumbnailUrl", config.absoluteUrl(recording.posterUrl())));
        }
        return fields;
    }

    private static String field(String name, String value) {
        return JsonString.quote(name) + ":" + JsonString.quote(value);
    }
}
