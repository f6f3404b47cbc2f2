package dev.evergreen.build;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The index at the end of a {@link ParseCache} file: for every page, what its parse was keyed by and
 * where its entry is. Read whole at the start of a build (a few hundred bytes a page); the entries
 * themselves are read one by one, as their pages come up.
 *
 * <pre>
 * int n, per page: path, 32-byte text digest, int includes, per include: path, long size, long modified;
 *   long offset, int length (of its entry); a string: int length, UTF-8 bytes
 * </pre>
 */
final class ParseCacheIndex {

    private static final long MISSING = -1;

    private ParseCacheIndex() {
    }

    /** A page as the index names it: its text's digest, its includes, where its entry is. */
    record Entry(String path, byte[] digest, List<Stamp> includes, long offset, int length) {
        /** Whether the page's text has this digest and its included files are as they were. */
        boolean matches(byte[] textDigest) {
            return Arrays.equals(digest, textDigest) && includes.stream().allMatch(Stamp::unchanged);
        }
    }

    /** An included file's size and time when the page was parsed, {@link #MISSING} when it did not exist. */
    record Stamp(Path file, long size, long modified) {
        static Stamp of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new Stamp(file, attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
            } catch (IOException e) {
                // A file that is missing now and appears later must parse its page again.
                return new Stamp(file, MISSING, MISSING);
            }
        }

        boolean unchanged() {
            return equals(of(file));
        }
    }

    /** The entries by path. */
    static Map<String, Entry> read(DataInputStream in) throws IOException {
        int count = count(in);
        Map<String, Entry> entries = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String path = string(in);
            byte[] digest = in.readNBytes(32);
            int includeCount = count(in);
            List<Stamp> includes = new ArrayList<>();
            for (int n = 0; n < includeCount; n++) {
                includes.add(new Stamp(Path.of(string(in)), in.readLong(), in.readLong()));
            }
            entries.put(path, new Entry(path, digest, List.copyOf(includes), in.readLong(), in.readInt()));
        }
        return entries;
    }

    /** Writes the entries sorted by path, whatever order their pages were parsed in. */
    static void write(DataOutputStream out, List<Entry> entries) throws IOException {
        List<Entry> sorted = entries.stream().sorted(Comparator.comparing(Entry::path)).toList();
        out.writeInt(sorted.size());
        for (Entry entry : sorted) {
            string(out, entry.path());
            out.write(entry.digest());
            out.writeInt(entry.includes().size());
            for (Stamp include : entry.includes()) {
                string(out, include.file().toString());
                out.writeLong(include.size());
                out.writeLong(include.modified());
            }
            out.writeLong(entry.offset());
            out.writeInt(entry.length());
        }
    }

    private static void string(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        return new String(in.readNBytes(count(in)), StandardCharsets.UTF_8);
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("negative count " + count);
        }
        return count;
    }
}
