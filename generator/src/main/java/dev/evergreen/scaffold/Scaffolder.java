package dev.evergreen.scaffold;

import dev.evergreen.finding.EvergreenException;
import dev.evergreen.load.Kind;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * {@code evergreen:new}: writes a new article or recording with today's date, a slug made from the
 * title, and front matter from a template. A site overrides the built-in template with its own
 * {@code _archetypes/<kind>.md} (as Hugo's archetypes; the underscore keeps it out of the site).
 * Placeholders: {@code {{title}}} (a quoted YAML string), {@code {{date}}}, {@code {{slug}}}.
 * It never overwrites a file.
 */
public final class Scaffolder {

    /** Where an override template lives, relative to the content directory. */
    public static final String ARCHETYPES = "_archetypes";

    private final Path source;
    private final Clock clock;

    public Scaffolder(Path source, Clock clock) {
        this.source = source.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /**
     * @param kind {@link Kind#ARTICLE} (into {@code posts/}) or {@link Kind#RECORDING} (into {@code recordings/})
     * @return the file written
     * @throws EvergreenException if the file exists already, the kind has no template, or writing fails
     */
    public Path create(Kind kind, String title) {
        if (title == null || title.isBlank()) {
            throw new EvergreenException(source, "a new " + kind.label() + " needs a title");
        }
        String slug = slug(title);
        String date = LocalDate.now(clock).toString();
        Path file = source.resolve(folder(kind)).resolve(slug + ".md");
        String text = template(kind)
                .replace("{{title}}", yamlString(title.strip()))
                .replace("{{date}}", date)
                .replace("{{slug}}", slug);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new EvergreenException(file, "exists already; choose another title or edit it");
        } catch (IOException e) {
            throw new EvergreenException(file, 0, "cannot write: " + e.getMessage(), e);
        }
        return file;
    }

    /** Letters and digits of any script kept (lower-cased), everything else one hyphen; accents dropped. */
    static String slug(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder slug = new StringBuilder();
        plain.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                slug.appendCodePoint(c);
            } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        });
        String result = slug.toString().replaceAll("-+$", "");
        return result.isEmpty() ? "untitled" : result;
    }

    private static String folder(Kind kind) {
        return switch (kind) {
            case ARTICLE -> "posts";
            case RECORDING -> "recordings";
            case PAGE -> throw new EvergreenException(null, "new makes an article or a recording, not a page");
        };
    }

    private String template(Kind kind) {
        Path own = source.resolve(ARCHETYPES).resolve(kind.label() + ".md");
        try {
            if (Files.isRegularFile(own)) {
                return Files.readString(own, StandardCharsets.UTF_8);
            }
            try (InputStream builtIn = Scaffolder.class.getResourceAsStream(kind.label() + ".md")) {
                if (builtIn == null) {
                    throw new EvergreenException(own, "no template for " + kind.label());
                }
                return new String(builtIn.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new EvergreenException(own, 0, "cannot read the template: " + e.getMessage(), e);
        }
    }

    private static String yamlString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
