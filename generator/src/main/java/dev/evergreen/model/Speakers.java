package dev.evergreen.model;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.SourcePos;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The people of {@code data/authors.yml}, by key, so a recording names a speaker once for all talks:
 * <pre>
 * alice:
 *   name: Alice Chen
 *   affiliation: Evergreen
 *   url: https://example.org/alice
 * </pre>
 */
final class Speakers {

    static final Path FILE = Path.of("data", "authors.yml");

    private final Map<String, Recording.Speaker> byKey;

    private Speakers(Map<String, Recording.Speaker> byKey) {
        this.byKey = byKey;
    }

    /**
     * Reads the file under the content root (the loader does not publish {@code data/}); a missing file
     * means no keys, a broken one is a finding.
     */
    static Speakers from(Path root, List<Finding> findings) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new Speakers(Map.of());
        }
        Map<String, Recording.Speaker> speakers = new TreeMap<>();
        try {
            Object loaded = new Load(LoadSettings.builder().build())
                    .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
            if (loaded instanceof Map<?, ?> map) {
                map.forEach((key, value) -> {
                    if (value instanceof Map<?, ?> person && person.get("name") != null) {
                        speakers.put(String.valueOf(key), speaker(person));
                    } else {
                        findings.add(ContentFinding.error(SourcePos.wholeFile(FILE), "authors",
                                "'" + key + "' needs at least a name: " + key + ": {name: ..., affiliation: ..., url: ...}"));
                    }
                });
            } else if (loaded != null) {
                findings.add(ContentFinding.error(SourcePos.wholeFile(FILE), "authors",
                        "must be a mapping of key to {name, affiliation, url}"));
            }
        } catch (IOException | YamlEngineException e) {
            findings.add(ContentFinding.error(SourcePos.wholeFile(FILE), "authors", "cannot be read: " + e.getMessage()));
        }
        return new Speakers(speakers);
    }

    static Recording.Speaker speaker(Map<?, ?> person) {
        return new Recording.Speaker(String.valueOf(person.get("name")), text(person.get("affiliation")),
                text(person.get("url")));
    }

    Optional<Recording.Speaker> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
