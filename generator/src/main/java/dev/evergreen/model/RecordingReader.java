package dev.evergreen.model;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.SourcePos;
import dev.evergreen.load.Source;
import dev.evergreen.parse.FrontMatter;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a recording's own front matter keys ({@code event}, {@code speakers}, {@code video},
 * {@code duration}, {@code slides}, {@code poster}, {@code related}); every problem is a finding at the
 * key's line.
 */
final class RecordingReader {

    private static final Pattern CLOCK = Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{2})");

    private final String basePath;
    private final Speakers speakers;
    private final Set<String> contentFiles;

    /** @param contentFiles every file of the site (sources and assets), as slash paths relative to the root */
    RecordingReader(String basePath, Speakers speakers, Set<String> contentFiles) {
        this.basePath = basePath;
        this.speakers = speakers;
        this.contentFiles = contentFiles;
    }

    Recording read(Source source, FrontMatter fm, List<Finding> findings) {
        Map<String, Object> extra = fm.extra();
        Problems problems = new Problems(source.path(), fm, findings);
        Video video = video(extra.get("video"), problems);
        return new Recording(event(extra.get("event")), speakers(extra.get("speakers"), problems), video,
                fm.lineOf("video", 1), duration(extra.get("duration"), problems),
                local(source, extra.get("slides"), "slides", problems, true),
                local(source, extra.get("poster"), "poster", problems, false),
                related(source, extra.get("related"), problems));
    }

    private record Problems(Path file, FrontMatter fm, List<Finding> findings) {
        void error(String key, String detail) {
            findings.add(ContentFinding.error(SourcePos.of(file, fm.lineOf(key, 1)), key, detail));
        }

        void warning(String key, String detail) {
            findings.add(ContentFinding.warning(SourcePos.of(file, fm.lineOf(key, 1)), key, detail));
        }
    }

    private static Video video(Object value, Problems problems) {
        if (value == null) {
            // A talk is often announced before its video is online: worth a reminder, not a failed build.
            problems.warning("video", "this recording has no video yet; add 'video:' with one of: "
                    + VideoUrls.ACCEPTED_FORMS);
            return null;
        }
        Optional<Video> video = value instanceof Map<?, ?> map && map.get("provider") != null && map.get("id") != null
                ? VideoUrls.of(map.get("provider").toString(), map.get("id").toString(), part(map.get("part")))
                : value instanceof Map ? Optional.empty() : VideoUrls.parse(value.toString());
        if (video.isEmpty()) {
            problems.error("video", "'" + value + "' is not a video Evergreen recognises; use " + VideoUrls.ACCEPTED_FORMS);
        }
        return video.orElse(null);
    }

    private static int part(Object value) {
        return value instanceof Number n ? n.intValue() : 1;
    }

    private static Recording.Event event(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.get("name") == null ? null
                    : new Recording.Event(map.get("name").toString(), text(map.get("city")), text(map.get("url")));
        }
        return value == null ? null : new Recording.Event(value.toString(), null, null);
    }

    private List<Recording.Speaker> speakers(Object value, Problems problems) {
        List<?> entries = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        List<Recording.Speaker> found = new ArrayList<>();
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> person && person.get("name") != null) {
                found.add(Speakers.speaker(person));
            } else if (entry instanceof Map) {
                problems.error("speakers", "a speaker needs a name: {name: ..., affiliation: ..., url: ...}");
            } else if (entry != null) {
                String key = entry.toString();
                found.add(speakers.byKey(key).orElseGet(() -> new Recording.Speaker(key, null, null)));
            }
        }
        return found;
    }

    private static Duration duration(Object value, Problems problems) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        Matcher clock = CLOCK.matcher(text);
        if (clock.matches()) {
            long hours = clock.group(1) == null ? 0 : Long.parseLong(clock.group(1));
            return Duration.ofHours(hours).plusMinutes(Long.parseLong(clock.group(2)))
                    .plusSeconds(Long.parseLong(clock.group(3)));
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            problems.error("duration", "'" + text + "' is not a duration; write 42:05, 1:02:03 or PT42M5S");
            return null;
        }
    }

    /** An absolute URL as is; a file of the site as its root-relative URL, reported when it does not exist. */
    private String local(Source source, Object value, String key, Problems problems, boolean urlAllowed) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        if (urlAllowed && text.matches("(?i)https?://.+")) {
            return text;
        }
        String path = resolve(source, text);
        if (!contentFiles.contains(path)) {
            problems.error(key, "no file " + path + " in the site" + (urlAllowed ? "; give a URL or a file of the site" : ""));
            return null;
        }
        return UrlPaths.encodePath(basePath + path);
    }

    private List<String> related(Source source, Object value, Problems problems) {
        List<?> entries = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        List<String> paths = new ArrayList<>();
        for (Object entry : entries) {
            String path = resolve(source, String.valueOf(entry).strip());
            if (path.endsWith(".md") && contentFiles.contains(path)) {
                paths.add(path);
            } else {
                problems.error("related", "no Markdown file " + path + "; name related items by their file, e.g. posts/intro.md");
            }
        }
        return paths;
    }

    /**
     * The file a path names: relative to the source's folder, else to the content root (authors write
     * both); a path starting with {@code /} is from the root.
     */
    private String resolve(Source source, String written) {
        String fromRoot = slash(Path.of(written.replaceFirst("^/+", "")));
        Path folder = source.path().getParent();
        if (written.startsWith("/") || folder == null) {
            return fromRoot;
        }
        String fromFolder = slash(folder.resolve(written));
        return contentFiles.contains(fromFolder) || !contentFiles.contains(fromRoot) ? fromFolder : fromRoot;
    }

    private static String slash(Path path) {
        return path.normalize().toString().replace('\\', '/');
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
