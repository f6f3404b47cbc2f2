package dev.evergreen.build;

import dev.evergreen.finding.EvergreenException;
import dev.evergreen.load.Asset;
import dev.evergreen.model.Site;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The build cache's key: everything that shapes every output at once, so that a cache written under
 * another key is not used at all. Per-output changes (an item, a template) are the fingerprints' business.
 *
 * <p>It covers the generator itself (its jar's size and time, or every class file when it runs from a
 * folder, and the Java version), the options that change output, the bytes of the content root's
 * configuration files ({@code site.yml}, {@code nav.yml}, a Hexo {@code _config.yml}, the ledger) and of
 * {@code data/}, which permalinks every source has, which assets exist, and the size and time of every
 * image (pages carry image dimensions).
 */
final class BuildCacheKey {

    private static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg", "gif", "webp", "svg", "avif");

    private final MessageDigest digest;

    private BuildCacheKey() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** @param siteKey which sources publish at which URL, and which assets exist (see {@link WarmState}) */
    static long of(BuildOptions options, LocalDate linksVerifiedOn, Site site, long siteKey) {
        BuildCacheKey key = new BuildCacheKey();
        key.add(generatorIdentity());
        key.add(options.source().toString()).add(options.output().toString())
                .add(options.drafts() + " " + options.future() + " " + linksVerifiedOn + " " + options.outputTimestamp())
                .add(options.overrides().baseUrl().map(Object::toString).orElse(""));
        key.add(Long.toString(siteKey));
        Set<Path> assetFiles = new HashSet<>();
        for (Asset asset : site.assets()) {
            assetFiles.add(asset.file());
            if (IMAGES.contains(extension(asset.file()))) {
                key.add(asset.slashPath()).stat(asset.file());
            }
        }
        key.configuration(options.source(), assetFiles);
        return ByteBuffer.wrap(key.digest.digest()).getLong();
    }

    /** The Java version and the generator's own code: what another cache's key must also cover. */
    static byte[] generatorIdentity() {
        BuildCacheKey key = new BuildCacheKey();
        key.add(Runtime.version().toString());
        key.generator();
        return key.digest.digest();
    }

    private void generator() {
        try {
            Path code = Path.of(BuildCacheKey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) {
                try (Stream<Path> files = Files.walk(code)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        add(code.relativize(file).toString()).stat(file);
                    }
                }
            } else {
                stat(code);
            }
        } catch (URISyntaxException | IOException | RuntimeException e) {
            // Without knowing which generator this is, no cache written by another may be trusted.
            add("unknown generator " + System.nanoTime());
        }
    }

    /** The content root's files that are neither Markdown nor published as assets, and {@code data/}. */
    private void configuration(Path source, Set<Path> assetFiles) {
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                if (!extension(file).equals("md") && !assetFiles.contains(file)) {
                    add(file.getFileName().toString()).add(Files.readAllBytes(file));
                }
            }
            Path data = source.resolve("data");
            if (Files.isDirectory(data)) {
                try (Stream<Path> dataFiles = Files.walk(data)) {
                    for (Path file : dataFiles.filter(Files::isRegularFile).sorted().toList()) {
                        add(source.relativize(file).toString()).add(Files.readAllBytes(file));
                    }
                }
            }
        } catch (IOException e) {
            throw new EvergreenException(source, 0, "cannot read the content folder: " + e.getMessage(), e);
        }
    }

    private BuildCacheKey stat(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return add(attributes.size() + " " + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        } catch (IOException e) {
            return add("unreadable");
        }
    }

    private BuildCacheKey add(String text) {
        return add(text.getBytes(StandardCharsets.UTF_8));
    }

    private BuildCacheKey add(byte[] bytes) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
        return this;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
