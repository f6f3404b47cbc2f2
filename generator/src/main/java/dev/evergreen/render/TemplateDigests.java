package dev.evergreen.render;

import dev.evergreen.finding.EvergreenException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A digest per template name of everything rendering it reads: its source and the sources of the
 * templates it includes or imports, transitively, each resolved as {@link Templates} resolves it (the
 * site's {@code layouts/} first, then the theme). Equal digests mean the template renders the same bytes
 * from the same model, so a page is rendered again only when a template it uses changed.
 *
 * <p>The scan is static: a name FreeMarker computes at render time ({@code <#include name>},
 * {@code "${x}.ftl"}, {@code "*}{@code /x.ftl"}) could be any template, so the template depends on every
 * template there is. Thread-safe; each digest is computed once.
 */
final class TemplateDigests {

    private static final Pattern DIRECTIVE = Pattern.compile("[<\\[]#(?:include|import)\\s+(\"([^\"]*)\"|'([^']*)'|\\S)");

    private final Theme theme;
    private final Path layoutsDir;
    private final Map<String, Long> digests = new ConcurrentHashMap<>();
    private final Map<String, Source> sources = new ConcurrentHashMap<>();

    TemplateDigests(Theme theme, Path layoutsDir) {
        this.theme = theme;
        this.layoutsDir = layoutsDir;
    }

    /** The digest of {@code <layout>.ftl} and everything it includes. */
    long of(String layout) {
        return digests.computeIfAbsent(layout + Templates.EXTENSION, this::closure);
    }

    private long closure(String name) {
        Set<String> reached = new TreeSet<>();
        Deque<String> next = new ArrayDeque<>();
        next.add(name);
        boolean everything = false;
        while (!next.isEmpty()) {
            String current = next.poll();
            if (!reached.add(current)) {
                continue;
            }
            Source source = source(current);
            if (source.dynamic() && !everything) {
                everything = true;
                next.addAll(allNames());
            }
            next.addAll(source.names());
        }
        long digest = Digest.FNV_OFFSET;
        for (String reachedName : reached) {
            digest = Digest.of(digest, reachedName);
            digest = Digest.of(digest, source(reachedName).text());
        }
        return digest;
    }

    private Source source(String name) {
        return sources.computeIfAbsent(name, this::scan);
    }

    private Source scan(String name) {
        Path site = layoutsDir.resolve(name);
        String text = Files.isRegularFile(site) ? read(site) : theme.readTemplate(name);
        if (text == null) {
            // A missing template fails the render that needs it; its absence is what the digest records.
            return new Source("", Set.of(), false);
        }
        Set<String> names = new TreeSet<>();
        boolean dynamic = false;
        Matcher matcher = DIRECTIVE.matcher(text);
        while (matcher.find()) {
            String literal = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            if (literal == null || literal.contains("${") || literal.contains("*")) {
                dynamic = true;
            } else {
                names.add(resolve(name, literal));
            }
        }
        return new Source(text, names, dynamic);
    }

    /** FreeMarker's rule: a leading slash is from the template root, anything else from the including template's folder. */
    private static String resolve(String including, String literal) {
        if (literal.startsWith("/")) {
            return literal.substring(1);
        }
        int slash = including.lastIndexOf('/');
        String relative = slash < 0 ? literal : including.substring(0, slash + 1) + literal;
        return Path.of(relative).normalize().toString().replace('\\', '/');
    }

    /** Every template that can be named: the site's {@code layouts/} files and the theme's templates. */
    private Set<String> allNames() {
        Set<String> names = new TreeSet<>(theme.templateNames());
        Planner.TEMPLATES.forEach(template -> names.add(template + Templates.EXTENSION));
        theme.layouts().forEach(layout -> names.add(layout + Templates.EXTENSION));
        if (Files.isDirectory(layoutsDir)) {
            try (Stream<Path> files = Files.walk(layoutsDir)) {
                files.filter(Files::isRegularFile)
                        .map(f -> layoutsDir.relativize(f).toString().replace('\\', '/'))
                        .forEach(names::add);
            } catch (IOException e) {
                throw new EvergreenException(layoutsDir, 0, "cannot list the layouts folder: " + e.getMessage(), e);
            }
        }
        return names;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EvergreenException(file, 0, "cannot read the template: " + e.getMessage(), e);
        }
    }

    private record Source(String text, Set<String> names, boolean dynamic) {
    }
}
