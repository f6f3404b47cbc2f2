package dev.evergreen.serve;

import dev.evergreen.url.PercentDecoding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps a request path onto a file inside the output directory, or refuses it. The raw path is decoded
 * exactly once; anything that could climb out of the directory after that one decoding, or after a
 * second one a careless layer might apply, is refused rather than cleaned up: {@code ..} and {@code .}
 * segments, backslashes, NUL, encoded dots, slashes, backslashes or percent signs left over, and
 * symbolic links that lead outside.
 */
final class SafePaths {

    /** What a request path resolves to. */
    sealed interface Resolution {
        record File(Path path) implements Resolution {
        }

        /** A directory asked for without its trailing slash: relative links inside it need the slash. */
        record Redirect(String location) implements Resolution {
        }

        record NotFound() implements Resolution {
        }

        record Refused(String reason) implements Resolution {
        }
    }

    private final Path root;

    SafePaths(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The site's own {@code 404.html}, or null when it has none. */
    Path notFoundPage() {
        Path page = root.resolve("404.html");
        return Files.isRegularFile(page) ? page : null;
    }

    Resolution resolve(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return new Resolution.Refused("the path must start with /");
        }
        Optional<String> decodedPath = PercentDecoding.decode(rawPath);
        if (decodedPath.isEmpty()) {
            return new Resolution.Refused("malformed percent-encoding");
        }
        String decoded = decodedPath.get();
        Optional<String> problem = problem(decoded);
        if (problem.isPresent()) {
            return new Resolution.Refused(problem.get());
        }
        return locate(rawPath, decoded);
    }

    private static Optional<String> problem(String decoded) {
        if (decoded.indexOf('\\') >= 0 || decoded.indexOf('\0') >= 0) {
            return Optional.of("backslash or NUL in the path");
        }
        String lower = decoded.toLowerCase(Locale.ROOT);
        for (String encoded : new String[] {"%2e", "%2f", "%5c", "%25", "%00"}) {
            if (lower.contains(encoded)) {
                return Optional.of("doubly encoded path");
            }
        }
        for (String segment : decoded.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.of("dot segment in the path");
            }
        }
        return Optional.empty();
    }

    private Resolution locate(String rawPath, String decoded) {
        Path candidate = root.resolve(decoded.substring(1)).normalize();
        if (!candidate.startsWith(root)) {
            return new Resolution.Refused("outside the site");
        }
        try {
            if (!Files.exists(candidate)) {
                // Hexo's pretty_urls.trailing_html: false links /post for post.html, as hosts serve it.
                Path page = candidate.resolveSibling(candidate.getFileName() + ".html");
                if (decoded.endsWith("/") || decoded.length() < 2 || !Files.exists(page)) {
                    return new Resolution.NotFound();
                }
                candidate = page;
            }
            Path realRoot = root.toRealPath();
            Path real = candidate.toRealPath();
            if (!real.startsWith(realRoot)) {
                return new Resolution.Refused("a link that leads outside the site");
            }
            if (Files.isDirectory(real)) {
                if (!decoded.endsWith("/")) {
                    return new Resolution.Redirect(rawPath + "/");
                }
                Path index = real.resolve("index.html");
                // No directory listings: a folder without index.html is simply not found.
                return Files.isRegularFile(index) ? new Resolution.File(index) : new Resolution.NotFound();
            }
            return Files.isRegularFile(real) ? new Resolution.File(real) : new Resolution.NotFound();
        } catch (IOException e) {
            return new Resolution.NotFound();
        }
    }
}
