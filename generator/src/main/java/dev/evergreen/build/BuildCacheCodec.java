package dev.evergreen.build;

import dev.evergreen.finding.SourcePos;
import dev.evergreen.postprocess.PageLink;
import dev.evergreen.postprocess.ProcessedPage;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The build cache's file format: binary, because a 10,000-page site has half a million links. Each
 * string is written once and then named by its number (the theme's links repeat on every page). A
 * version number leads, a CRC32 of everything ends it (checked by {@link BuildCache}).
 *
 * <pre>
 * int magic "EGBC", int version, long key, int outputs,
 * per output: path, url, long fingerprint, long size, long modified,
 *   int links, per link: href, written, file, int line, int column, unresolvedSource,
 *   int anchors, per anchor: anchor
 * a link without a position has a null file; a string: int n; n = -1 null, n &lt; strings read so far: that string, else int length and UTF-8 bytes
 * </pre>
 */
final class BuildCacheCodec {

    static final int MAGIC = 0x45474243;
    static final int VERSION = 1;
    private static final byte[] NO_BYTES = new byte[0];

    private BuildCacheCodec() {
    }

    static void write(DataOutputStream out, long key, Map<Path, PublishedOutput> outputs) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeLong(key);
        out.writeInt(outputs.size());
        Strings strings = new Strings(out);
        for (Map.Entry<Path, PublishedOutput> entry : outputs.entrySet()) {
            PublishedOutput output = entry.getValue();
            ProcessedPage page = output.page();
            strings.write(slashes(entry.getKey()));
            strings.write(page.url());
            out.writeLong(output.fingerprint());
            out.writeLong(output.size());
            out.writeLong(output.modified());
            out.writeInt(page.links().size());
            for (PageLink link : page.links()) {
                strings.write(link.href());
                strings.write(link.written());
                SourcePos pos = link.pos();
                strings.write(pos == null ? null : pos.displayPath());
                out.writeInt(pos == null ? 0 : pos.line());
                out.writeInt(pos == null ? 0 : pos.column());
                strings.write(link.unresolvedSource());
            }
            out.writeInt(page.anchors().size());
            for (String anchor : page.anchors().stream().sorted().toList()) {
                strings.write(anchor);
            }
        }
    }

    /** @throws IOException when the file is cut short or not this format; the caller tells the version apart */
    static Contents read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not an Evergreen build cache");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("format version " + version + ", this Evergreen reads version " + VERSION);
        }
        long key = in.readLong();
        int count = count(in);
        List<String> strings = new ArrayList<>();
        Map<Path, PublishedOutput> outputs = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            Path path = Path.of(read(in, strings));
            String url = read(in, strings);
            long fingerprint = in.readLong();
            long size = in.readLong();
            long modified = in.readLong();
            int linkCount = count(in);
            List<PageLink> links = new ArrayList<>(linkCount);
            for (int l = 0; l < linkCount; l++) {
                String href = read(in, strings);
                String written = read(in, strings);
                String file = read(in, strings);
                int line = in.readInt();
                int column = in.readInt();
                SourcePos pos = file == null ? null : new SourcePos(Path.of(file), line, column);
                links.add(new PageLink(href, written, pos, read(in, strings)));
            }
            int anchorCount = count(in);
            Set<String> anchors = new HashSet<>(anchorCount * 2);
            for (int a = 0; a < anchorCount; a++) {
                anchors.add(read(in, strings));
            }
            outputs.put(path, new PublishedOutput(fingerprint, new ProcessedPage(url, path, NO_BYTES, links, anchors),
                    size, modified));
        }
        return new Contents(key, outputs);
    }

    /** What a cache file holds: the key it was written under and the published outputs. */
    record Contents(long key, Map<Path, PublishedOutput> outputs) {
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("negative count " + count);
        }
        return count;
    }

    private static String read(DataInputStream in, List<String> strings) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n >= 0 && n < strings.size()) {
            return strings.get(n);
        }
        if (n != strings.size()) {
            throw new IOException("string " + n + " out of order");
        }
        int length = count(in);
        String text = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        strings.add(text);
        return text;
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    /** Numbers strings in the order they are first written, as {@link #read} numbers them. */
    private static final class Strings {
        private final DataOutputStream out;
        private final Map<String, Integer> numbers = new HashMap<>();

        Strings(DataOutputStream out) {
            this.out = out;
        }

        void write(String text) throws IOException {
            if (text == null) {
                out.writeInt(-1);
                return;
            }
            Integer number = numbers.get(text);
            if (number != null) {
                out.writeInt(number);
                return;
            }
            out.writeInt(numbers.size());
            numbers.put(text, numbers.size());
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }
}
