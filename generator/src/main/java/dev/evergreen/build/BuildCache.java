package dev.evergreen.build;

import dev.evergreen.finding.EvergreenException;
import dev.evergreen.model.Site;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * What a one-shot build (the CLI, a Maven goal) keeps on disk for the next one: for every published
 * output its fingerprint, its file's size and time, and its links and anchors. A next build under the
 * same {@link BuildCacheKey key} renders only the outputs whose fingerprint moved or whose file is
 * missing or was changed by hand, and checks the links of the others from here.
 *
 * <p>The file is replaced atomically, and only after a build published its output. A file that cannot
 * be read, is cut short or is of another format version costs one warning and a full build, which
 * writes it anew.
 */
final class BuildCache {

    private static final Logger LOG = LoggerFactory.getLogger(BuildCache.class);

    private final Path file;
    private final BuildOptions options;
    private final LocalDate linksVerifiedOn;
    private final Consumer<String> warnings;
    /** The key of the site being built, set by {@link #load}. */
    private long key;

    /**
     * @param linksVerifiedOn the date pages print as "links last verified", or null
     * @param warnings where the one warning about an unusable cache goes
     */
    BuildCache(BuildOptions options, LocalDate linksVerifiedOn, Consumer<String> warnings) {
        this.file = options.buildCache().orElseThrow();
        this.options = options;
        this.linksVerifiedOn = linksVerifiedOn;
        this.warnings = warnings;
    }

    /** The cache a build's options name, warning through the log; null when they turn it off. */
    static BuildCache of(BuildOptions options, LocalDate linksVerifiedOn) {
        return options.buildCache().isEmpty() ? null : new BuildCache(options, linksVerifiedOn, LOG::warn);
    }

    /**
     * The outputs published by the last build of this site, if it was built under the same key;
     * empty when there is no cache, another key, or an unusable file.
     *
     * @param siteKey which sources publish at which URL, and which assets exist (see {@link WarmState})
     */
    Map<Path, PublishedOutput> load(Site site, long siteKey) {
        key = BuildCacheKey.of(options, linksVerifiedOn, site, siteKey);
        if (!Files.exists(file)) {
            LOG.info("build cache: none yet at {}, rendering every page", file);
            return Map.of();
        }
        BuildCacheCodec.Contents contents;
        try (InputStream raw = Files.newInputStream(file);
             CheckedInputStream checked = new CheckedInputStream(new BufferedInputStream(raw, 1 << 16), new CRC32());
             DataInputStream in = new DataInputStream(checked)) {
            contents = BuildCacheCodec.read(in);
            long computed = checked.getChecksum().getValue();
            if (in.readLong() != computed) {
                throw new IOException("checksum mismatch");
            }
        } catch (IOException | RuntimeException e) {
            warnings.accept("build cache " + file + " is unusable (" + describe(e) + "): rebuilding it with a full build");
            return Map.of();
        }
        if (contents.key() != key) {
            LOG.info("build cache: the generator, configuration or options changed, rendering every page");
            return Map.of();
        }
        return contents.outputs();
    }

    /**
     * Replaces the cache with the outputs just published, each with its file's size and time as it is now
     * in the output.
     */
    void save(Map<Path, PublishedOutput> published) {
        Path output = options.output();
        Map<Path, PublishedOutput> stamped = new TreeMap<>();
        published.forEach((path, entry) -> {
            BasicFileAttributes file = attributes(output.resolve(path));
            if (file != null) {
                stamped.put(path, new PublishedOutput(entry.fingerprint(), entry.page(), file.size(),
                        file.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
            }
        });
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream raw = Files.newOutputStream(temp);
                 CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16), new CRC32());
                 DataOutputStream out = new DataOutputStream(checked)) {
                BuildCacheCodec.write(out, key, stamped);
                out.flush();
                out.writeLong(checked.getChecksum().getValue());
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new EvergreenException(file, 0, "cannot write the build cache: " + e.getMessage(), e);
        }
    }

    /** Whether the file at {@code path} is still the one {@code entry} was saved with. */
    static boolean untouched(Path path, PublishedOutput entry) {
        if (entry.size() == PublishedOutput.UNKNOWN) {
            return true;
        }
        BasicFileAttributes file = attributes(path);
        return file != null && file.isRegularFile() && file.size() == entry.size()
                && file.lastModifiedTime().to(TimeUnit.NANOSECONDS) == entry.modified();
    }

    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            // A file that is gone or cannot be read is one to render again.
            return null;
        }
    }

    /** What was wrong with an unusable cache file, in a few words, for its one warning. */
    static String describe(Exception e) {
        String message = e.getMessage();
        return e instanceof EOFException ? "cut short" : message != null ? message : e.getClass().getSimpleName();
    }
}
