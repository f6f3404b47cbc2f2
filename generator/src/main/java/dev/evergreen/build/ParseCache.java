package dev.evergreen.build;

import dev.evergreen.finding.EvergreenException;
import dev.evergreen.load.Source;
import dev.evergreen.parse.MarkdownParser;
import dev.evergreen.parse.ParsedPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * What a one-shot build keeps on disk so that the next one parses only the Markdown files that changed:
 * every page's parse ({@link ParsedPageCodec}), under the SHA-256 of its text and the size and time of
 * each file its code blocks include. The whole file is keyed by the generator and the parser's
 * {@link MarkdownParser#settingsKey() settings}: another key means parsing every file.
 *
 * <p>A pass writes the new file as it parses (a temporary file beside the cache, read back entry by entry
 * rather than held in memory) and replaces the cache atomically once every page is parsed. A parse
 * depends only on its key, so a build with content errors still leaves it: the findings are stored with
 * each page and come back with it. Pages that are gone are simply not written again. A file that cannot
 * be read, is cut short or of another format version costs one warning and a full parse.
 *
 * <pre>
 * int magic "EGPC", int version, 32-byte key, entries ({@link ParsedPageCodec}), index ({@link ParseCacheIndex}),
 * long index offset, long CRC32 of all before it
 * </pre>
 */
final class ParseCache {

    private static final Logger LOG = LoggerFactory.getLogger(ParseCache.class);

    static final int MAGIC = 0x45475043;
    static final int VERSION = 1;
    private static final int HEADER = 8 + 32;
    private static final int FOOTER = 16;

    private final Path file;
    private final Consumer<String> warnings;
    private int parsed;
    private int reused;

    /** @param warnings where the one warning about an unusable cache goes */
    ParseCache(Path file, Consumer<String> warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    /** The parse cache beside the build cache a build's options name; null when they turn it off. */
    static ParseCache of(BuildOptions options) {
        return options.buildCache().map(ParseCache::besides).map(file -> new ParseCache(file, LOG::warn)).orElse(null);
    }

    /** The file of the parse cache that goes with a build cache. */
    static Path besides(Path buildCache) {
        return buildCache.resolveSibling(buildCache.getFileName() + ".parse");
    }

    /** How many pages the last committed pass parsed. */
    int parsed() {
        return parsed;
    }

    /** How many pages the last committed pass took from the cache. */
    int reused() {
        return reused;
    }

    /** Starts a pass over one build's sources, reading the cache the last build left. */
    Pass start(MarkdownParser parser) {
        byte[] key = key(parser);
        return new Pass(parser, key, previous(key));
    }

    /** The last build's entries, by path; none when there is no usable cache under this key. */
    private Map<String, ParseCacheIndex.Entry> previous(byte[] key) {
        if (!Files.exists(file)) {
            LOG.info("parse cache: none yet at {}, parsing every file", file);
            return Map.of();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            DataInputStream header = new DataInputStream(new ByteArrayInputStream(read(channel, 0, HEADER)));
            if (header.readInt() != MAGIC) {
                throw new IOException("not an Evergreen parse cache");
            }
            int version = header.readInt();
            if (version != VERSION) {
                throw new IOException("format version " + version + ", this Evergreen reads version " + VERSION);
            }
            DataInputStream footer = new DataInputStream(new ByteArrayInputStream(
                    read(channel, Math.max(HEADER, channel.size() - FOOTER), FOOTER)));
            long indexOffset = footer.readLong();
            if (footer.readLong() != checksum(channel, channel.size() - 8)) {
                throw new IOException("checksum mismatch");
            }
            if (!Arrays.equals(header.readNBytes(32), key)) {
                LOG.info("parse cache: the generator or the parser's settings changed, parsing every file");
                return Map.of();
            }
            return ParseCacheIndex.read(new DataInputStream(new ByteArrayInputStream(
                    read(channel, indexOffset, Math.toIntExact(channel.size() - FOOTER - indexOffset)))));
        } catch (IOException | RuntimeException e) {
            warnings.accept("parse cache " + file + " is unusable (" + BuildCache.describe(e) + "): parsing every file");
            return Map.of();
        }
    }

    /** One build's parse: reads the old file, writes the new one beside it. */
    final class Pass implements AutoCloseable {

        private final MarkdownParser parser;
        private final Map<String, ParseCacheIndex.Entry> previous;
        private final FileChannel old;
        private final Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        private final CheckedOutputStream checked;
        private final DataOutputStream out;
        private final List<ParseCacheIndex.Entry> written = new ArrayList<>();
        private final AtomicInteger parsedCount = new AtomicInteger();
        private final AtomicInteger reusedCount = new AtomicInteger();
        private final AtomicBoolean warned = new AtomicBoolean();
        private long position = HEADER;
        private boolean committed;

        private Pass(MarkdownParser parser, byte[] key, Map<String, ParseCacheIndex.Entry> previous) {
            this.parser = parser;
            this.previous = previous;
            try {
                this.old = previous.isEmpty() ? null : FileChannel.open(file, StandardOpenOption.READ);
                Files.createDirectories(file.getParent());
                checked = new CheckedOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16),
                        new CRC32());
                out = new DataOutputStream(checked);
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.write(key);
            } catch (IOException e) {
                throw new EvergreenException(file, 0, "cannot write the parse cache: " + e.getMessage(), e);
            }
        }

        /** The source's parse: from the cache when its text and includes are as they were, else parsed now. */
        ParsedPage parse(Source source) {
            String path = source.slashPath();
            byte[] digest = digest(source.text());
            ParseCacheIndex.Entry before = previous.get(path);
            if (before != null && before.matches(digest)) {
                try {
                    byte[] bytes = read(old, before.offset(), before.length());
                    ParsedPage page = ParsedPageCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)),
                            source.withoutText());
                    append(path, digest, before.includes(), bytes);
                    reusedCount.incrementAndGet();
                    return page;
                } catch (IOException | RuntimeException e) {
                    if (warned.compareAndSet(false, true)) {
                        warnings.accept("parse cache " + file + " is unusable (" + BuildCache.describe(e)
                                + "): parsing every file it could not read");
                    }
                }
            }
            ParsedPage page = parser.parse(source);
            parsedCount.incrementAndGet();
            store(path, digest, page);
            return page;
        }

        private void store(String path, byte[] digest, ParsedPage page) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(page.html().length() + 1024);
            try {
                ParsedPageCodec.write(new DataOutputStream(bytes), page);
            } catch (ParsedPageCodec.Unsupported e) {
                LOG.debug("parse cache: {} is not cached: {}", path, e.getMessage());
                return;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            append(path, digest, page.includes().stream().map(ParseCacheIndex.Stamp::of).toList(), bytes.toByteArray());
        }

        private synchronized void append(String path, byte[] digest, List<ParseCacheIndex.Stamp> includes, byte[] bytes) {
            try {
                out.write(bytes);
            } catch (IOException e) {
                throw new EvergreenException(file, 0, "cannot write the parse cache: " + e.getMessage(), e);
            }
            written.add(new ParseCacheIndex.Entry(path, digest, includes, position, bytes.length));
            position += bytes.length;
        }

        /** Every page is parsed: the new file replaces the old one. */
        void commit() {
            try {
                long indexOffset = position;
                ParseCacheIndex.write(out, written);
                out.writeLong(indexOffset);
                out.flush();
                out.writeLong(checked.getChecksum().getValue());
                out.close();
                if (old != null) {
                    old.close();
                }
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new EvergreenException(file, 0, "cannot write the parse cache: " + e.getMessage(), e);
            }
            committed = true;
            parsed = parsedCount.get();
            reused = reusedCount.get();
            LOG.info("parse: {} parsed, {} from the parse cache", parsed, reused);
        }

        /** Leaves the cache as it was unless {@link #commit()} replaced it. */
        @Override
        public void close() {
            try {
                out.close();
                if (old != null) {
                    old.close();
                }
                if (!committed) {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException e) {
                LOG.debug("parse cache: cannot remove {}", temp, e);
            }
        }
    }

    private byte[] key(MarkdownParser parser) {
        MessageDigest digest = sha256();
        digest.update(ByteBuffer.allocate(4).putInt(VERSION).array());
        digest.update(BuildCacheKey.generatorIdentity());
        digest.update(parser.settingsKey().getBytes(StandardCharsets.UTF_8));
        return digest.digest();
    }

    private static byte[] digest(String text) {
        return sha256().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static long checksum(FileChannel channel, long length) throws IOException {
        CRC32 crc = new CRC32();
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        for (long at = 0; at < length; ) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), length - at));
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new EOFException();
            }
            crc.update(buffer.flip());
            at += n;
        }
        return crc.getValue();
    }

    /** {@code length} bytes at {@code offset}; safe from many threads. */
    private static byte[] read(FileChannel channel, long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw new EOFException();
            }
        }
        return buffer.array();
    }

}
