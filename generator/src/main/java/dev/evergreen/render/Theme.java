package dev.evergreen.render;

import dev.evergreen.finding.ConfigException;
import dev.evergreen.finding.EvergreenException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A theme on the classpath under {@code evergreen/themes/<name>/}, described by its {@code theme.txt}
 * manifest: a jar on the classpath cannot be listed reliably, so the theme says what it holds.
 */
final class Theme {

    private static final String MANIFEST = "theme.txt";

    private final String name;
    private final ClassLoader classLoader;
    private final List<String> layouts;
    private final List<String> staticFiles;

    private Theme(String name, ClassLoader classLoader, List<String> layouts, List<String> staticFiles) {
        this.name = name;
        this.classLoader = classLoader;
        this.layouts = List.copyOf(layouts);
        this.staticFiles = List.copyOf(staticFiles);
    }

    static Theme load(String name, ClassLoader classLoader) {
        String manifest = readResource(classLoader, root(name) + MANIFEST);
        if (manifest == null) {
            throw new ConfigException(Path.of("site.yml"), 0, "theme '" + name
                    + "' not found: no evergreen/themes/" + name + "/" + MANIFEST + " on the classpath");
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
        return new Theme(name, classLoader, layouts, staticFiles);
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

    /** The classpath folder the template loader reads, without a leading slash. */
    String templatesPath() {
        return root(name) + "templates/";
    }

    /** How a file of the theme is named in findings and errors: {@code theme:default/templates/x.ftl}. */
    String origin(String relative) {
        return "theme:" + name + "/" + relative;
    }

    String readStatic(String relative) {
        String text = readResource(classLoader, root(name) + "static/" + relative);
        if (text == null) {
            throw new EvergreenException(Path.of(origin(MANIFEST)), 0,
                    "lists static/" + relative + " but the theme has no such file", null);
        }
        return text;
    }

    private static String root(String name) {
        return "evergreen/themes/" + name + "/";
    }

    private static String readResource(ClassLoader classLoader, String resource) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EvergreenException(Path.of(resource), 0, "cannot be read from the classpath: " + e.getMessage(), e);
        }
    }
}
