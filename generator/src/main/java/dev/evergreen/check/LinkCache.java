package dev.evergreen.check;

import dev.evergreen.json.JsonString;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Remembers external URLs that worked, so a build re-checks only what is stale. Failures are never
 * cached: a broken link is looked at again on every build.
 *
 * <p>The file is meant to be read and edited by people, and old files keep loading:
 * <pre>
 * {
 *   "version": 1,
 *   "entries": {
 *     "https://example.org/": {"status": "ok", "checkedAt": "2026-01-02T03:04:05Z", "expires": "2026-01-10T07:00:00Z"},
 *     "http://example.org/old": {"status": "moved", "code": 301, "location": "https://example.org/new", ...}
 *   }
 * }
 * </pre>
 * Entries are written sorted by URL, the file replaced atomically. Unknown members are ignored, an
 * unreadable entry is dropped, and an unreadable file is reported once and rebuilt.
 */
final class LinkCache {

    static final int VERSION = 1;

    private static final Logger LOG = LoggerFactory.getLogger(LinkCache.class);

    private record Entry(LinkStatus status, Instant checkedAt, Instant expires) {
    }

    private final Path file;
    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Entry> entries;

    private LinkCache(Path file, Clock clock, Duration ttl, Map<String, Entry> entries) {
        this.file = file;
        this.clock = clock;
        this.ttl = ttl;
        this.entries = entries;
    }

    /** The cache kept in {@code file}; with a {@code null} file, nothing is remembered. */
    static LinkCache open(Path file, Clock clock, Duration ttl) {
        return new LinkCache(file, clock, ttl, file == null ? new TreeMap<>() : read(file));
    }

    /** The remembered status of {@code url}, if it has not expired. */
    synchronized Optional<LinkStatus> fresh(String url) {
        Entry entry = entries.get(url);
        return entry != null && clock.instant().isBefore(entry.expires()) ? Optional.of(entry.status()) : Optional.empty();
    }

    /** Remembers a success; anything else is forgotten so that it is checked again next time. */
    synchronized void record(String url, LinkStatus status) {
        if (status instanceof LinkStatus.Ok || status instanceof LinkStatus.Moved) {
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            entries.put(url, new Entry(status, now, now.plus(ttl).plus(jitter(url))));
        } else {
            entries.remove(url);
        }
    }

    /**
     * Up to a fifth of the TTL more, fixed per URL: links checked in one build then expire over
     * several days instead of all in one slow build.
     */
    private Duration jitter(String url) {
        long range = Math.max(1, ttl.toSeconds() / 5);
        return Duration.ofSeconds(Math.floorMod(url.hashCode(), range));
    }

    /** Writes the unexpired entries; a cache that cannot be written is reported, never fatal. */
    synchronized void save() {
        if (file == null) {
            return;
        }
        Instant now = clock.instant();
        StringBuilder json = new StringBuilder("{\n  \"version\": ").append(VERSION).append(",\n  \"entries\": {");
        String separator = "\n";
        for (Map.Entry<String, Entry> e : new TreeMap<>(entries).entrySet()) {
            if (e.getValue().expires().isAfter(now)) {
                json.append(separator).append("    ").append(JsonString.quote(e.getKey())).append(": ")
                        .append(format(e.getValue()));
                separator = ",\n";
            }
        }
        json.append("\n  }\n}\n");
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            Files.writeString(temp, json, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("Could not write the link cache {}: {}", file, e.toString());
        }
    }

    private static String format(Entry entry) {
        StringBuilder out = new StringBuilder("{\"status\": ");
        if (entry.status() instanceof LinkStatus.Moved moved) {
            out.append("\"moved\", \"code\": ").append(moved.code())
                    .append(", \"location\": ").append(JsonString.quote(moved.finalUrl()));
        } else {
            out.append("\"ok\"");
        }
        return out.append(", \"checkedAt\": \"").append(entry.checkedAt())
                .append("\", \"expires\": \"").append(entry.expires()).append("\"}").toString();
    }

    private static Map<String, Entry> read(Path file) {
        Map<String, Entry> entries = new TreeMap<>();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException firstBuild) {
            return entries;
        } catch (IOException e) {
            LOG.warn("The link cache {} is unreadable ({}); it will be rebuilt", file, e.toString());
            return entries;
        }
        try {
            if (!(CacheJson.parse(text) instanceof CacheJson.Obj root)
                    || !(root.members().get("version") instanceof CacheJson.Literal version)
                    || !version.text().equals(Integer.toString(VERSION))
                    || !(root.members().get("entries") instanceof CacheJson.Obj all)) {
                LOG.warn("The link cache {} is not a version {} cache; it will be rebuilt", file, VERSION);
                return entries;
            }
            all.members().forEach((url, value) -> entryOf(value).ifPresent(entry -> entries.put(url, entry)));
        } catch (CacheJson.MalformedJson e) {
            LOG.warn("The link cache {} is corrupt ({}); it will be rebuilt", file, e.getMessage());
        }
        return entries;
    }

    private static Optional<Entry> entryOf(CacheJson.Value value) {
        if (!(value instanceof CacheJson.Obj entry)) {
            return Optional.empty();
        }
        Map<String, CacheJson.Value> m = entry.members();
        try {
            Instant checkedAt = Instant.parse(text(m.get("checkedAt")));
            Instant expires = Instant.parse(text(m.get("expires")));
            LinkStatus status = switch (text(m.get("status"))) {
                case "ok" -> new LinkStatus.Ok();
                case "moved" -> text(m.get("location")).isEmpty() ? null
                        : new LinkStatus.Moved(text(m.get("location")), Integer.parseInt(literal(m.get("code"))));
                default -> null;
            };
            return Optional.ofNullable(status).map(s -> new Entry(s, checkedAt, expires));
        } catch (DateTimeParseException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    private static String text(CacheJson.Value value) {
        return value instanceof CacheJson.Str str ? str.text() : "";
    }

    private static String literal(CacheJson.Value value) {
        return value instanceof CacheJson.Literal literal ? literal.text() : "";
    }
}
