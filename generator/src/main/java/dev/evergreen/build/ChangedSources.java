package dev.evergreen.build;

import dev.evergreen.finding.ConfigException;
import dev.evergreen.finding.SourcePos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code --changed-since REF}: the external check of a pull request looks only at the links its
 * files introduced, so a slow or flaky outside world does not block unrelated changes. Internal links
 * are always checked in full, since any edit can break them.
 */
final class ChangedSources {

    private final BuildOptions options;
    /** Asked of git once, when first needed. */
    private Set<String> changed;

    ChangedSources(BuildOptions options) {
        this.options = options;
    }

    /** The uses written in changed files (links, or a recording's video): all of them without a ref. */
    <T> List<T> select(List<T> uses, Function<T, SourcePos> pos) {
        if (options.changedSinceRef().isEmpty()) {
            return uses;
        }
        if (changed == null) {
            changed = changedFiles(options.changedSinceRef().get());
        }
        return uses.stream().filter(u -> changed.contains(pos.apply(u).displayPath())).toList();
    }

    /** Paths relative to the content root of the files git reports as changed since {@code ref}. */
    private Set<String> changedFiles(String ref) {
        Path source = options.source();
        ProcessBuilder git = new ProcessBuilder("git", "diff", "--name-only", "--relative", ref, "--", ".")
                .directory(source.toFile())
                .redirectErrorStream(true);
        try {
            Process process = git.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new ConfigException(source, 0, "--changed-since " + ref + ": git said: " + out.strip());
            }
            Set<String> files = new HashSet<>();
            out.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(files::add);
            return files;
        } catch (IOException e) {
            throw new ConfigException(source, 0, "--changed-since needs git on the PATH: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigException(source, 0, "--changed-since was interrupted", e);
        }
    }
}
