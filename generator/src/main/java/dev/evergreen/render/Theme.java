package dev.evergreen.render;

import dev.evergreen.finding.ConfigException;
import dev.evergreen.finding.EvergreenException;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A theme on the classpath under {@code evergreen/themes/<name>/} (a jar such as the default theme's), or
 * a folder when {@code site.yml} names a path ({@code theme: ./themes/mine}, relative to the content root).
 * Either is described by its {@code theme.txt} manifest: a jar on the classpath cannot be listed
 * reliably, so the theme says what it holds.
 */
final class Theme {

    private static final String MANIFEST = "theme.txt";

    private final String name;
    private final ClassLoader classLoader;
    /** The theme's folder, or {@code null} for a theme on the classpath. */
    private final Path folder;
    private final List<String> layouts;
    private final List<String> staticFiles;

    private Theme(String name, ClassLoader classLoader, Path folder, List<String> layouts, List<String> staticFiles) {
        this.name = name;
        this.classLoader = classLoader;
        this.folder = folder;
        this.layouts = List.copyOf(layouts);
        this.staticFiles = List.copyOf(staticFiles);
    }

    /** @param name a theme name on the classpath, or a folder path (it contains a slash or starts with a dot) */
    static Theme load(String name, Path contentRoot, ClassLoader classLoader) {
        Path folder = folder(name, contentRoot);
        String manifest = folder != null ? readFile(folder.resolve(MANIFEST)) : readResource(classLoader, root(name) + MANIFEST);
        if (manifest == null) {
            throw new ConfigException(Path.of("site.yml"), 0, "theme '" + name + "' not found: " + (folder != null
                    ? "no " + folder.resolve(MANIFEST) : "no evergreen/themes/" + name + "/" + MANIFEST + " on the classpath"));
        }
        List<String> layouts = new ArrayList<>();
        List<String> staticFiles = new ArrayList<>();
        for (String line : manifest.split("\n")) {
            String entry = line.strip();
            if (entry.startsWith("layout ")) {
                layouts.add(entry.substring("layout ".length()).strip());
            } else if (entry.startsWith("static ")) {
                staticFiles.add(entry.substring("static ".length()).strip());
            }
        }
        layouts.sort(null);
        staticFiles.sort(null);
        return new Theme(name, classLoader, folder, layouts, staticFiles);
    }

    /** The folder a theme name means, or null for a theme on the classpath. */
    static Path folder(String name, Path contentRoot) {
        boolean isPath = name.contains("/") || name.contains("\\") || name.startsWith(".");
        return isPath ? contentRoot.resolve(name).toAbsolutePath().normalize() : null;
    }

    String name() {
        return name;
    }

    /** The item layouts the theme provides, sorted. */
    List<String> layouts() {
        return layouts;
    }

    /** The static files, relative to the theme's {@code static/} folder and to the site's base path. */
    List<String> staticFiles() {
        return staticFiles;
    }

    /** Where FreeMarker finds the theme's templates. */
    TemplateLoader templateLoader() {
        if (folder == null) {
            return new ClassTemplateLoader(classLoader, root(name) + "templates/");
        }
        try {
            return new FileTemplateLoader(folder.resolve("templates").toFile());
        } catch (IOException e) {
            throw new ConfigException(folder, 0, "the theme has no readable templates folder: " + e.getMessage(), e);
        }
    }

    /** How a file of the theme is named in findings and errors: {@code theme:default/templates/x.ftl}. */
    String origin(String relative) {
        return "theme:" + name + "/" + relative;
    }

    /** A template's source, or null when the theme has none of that name. */
    String readTemplate(String template) {
        return folder != null ? readFile(folder.resolve("templates").resolve(template))
                : readResource(classLoader, root(name) + "templates/" + template);
    }

    /**
     * The templates a folder theme holds, relative to its {@code templates/} folder; empty for a theme on
     * the classpath, which cannot be listed (its manifest names the layouts).
     */
    List<String> templateNames() {
        Path templates = folder == null ? null : folder.resolve("templates");
        if (templates == null || !Files.isDirectory(templates)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(templates)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> templates.relativize(f).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new EvergreenException(templates, 0, "cannot list the theme's templates: " + e.getMessage(), e);
        }
    }

    String readStatic(String relative) {
        String text = folder != null ? readFile(folder.resolve("static").resolve(relative))
                : readResource(classLoader, root(name) + "static/" + relative);
        if (text == null) {
            throw new EvergreenException(Path.of(origin(MANIFEST)), 0,
                    "lists static/" + relative + " but the theme has no such file", null);
        }
        return text;
    }

    private static String root(String name) {
        return "evergreen/themes/" + name + "/";
    }

    private static String readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new EvergreenException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static String readResource(ClassLoader classLoader, String resource) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EvergreenException(Path.of(resource), 0, "cannot be read from the classpath: " + e.getMessage(), e);
        }
    }
}
