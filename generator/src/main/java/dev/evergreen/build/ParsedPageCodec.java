package dev.evergreen.build;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.Severity;
import dev.evergreen.finding.SourcePos;
import dev.evergreen.load.Source;
import dev.evergreen.parse.FrontMatter;
import dev.evergreen.parse.Heading;
import dev.evergreen.parse.ParsedPage;
import dev.evergreen.parse.TextStats;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One parsed page as the parse cache stores it: everything but the source's text, so that the later
 * stages see what a fresh parse would give them. Front matter values other than YAML's strings,
 * numbers, booleans, lists, maps and null cannot be stored faithfully: such a page is not cached.
 *
 * <pre>
 * front matter: title, date, updated (ISO with zone), tags, categories, draft, slug, permalink, aliases,
 *   description, authors, lang, channel, kind, layout, extra (tagged values), lines, categoryPaths;
 * html, excerptHtml, hasMoreMarker, headings (level, id, text, line), words, cjkChars,
 * findings (file, line, column, severity, kind, detail), includes
 * a string: int n; n = -1 null, else n UTF-8 bytes
 * </pre>
 */
final class ParsedPageCodec {

    private static final int NULL = 0;
    private static final int STRING = 1;
    private static final int BOOLEAN = 2;
    private static final int INTEGER = 3;
    private static final int LONG = 4;
    private static final int BIG_INTEGER = 5;
    private static final int DOUBLE = 6;
    private static final int LIST = 7;
    private static final int MAP = 8;

    private ParsedPageCodec() {
    }

    /** A value the cache cannot store as it is: the page is parsed again next time instead. */
    static final class Unsupported extends Exception {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    static void write(DataOutputStream out, ParsedPage page) throws IOException, Unsupported {
        FrontMatter fm = page.frontMatter();
        string(out, fm.title());
        string(out, date(fm.date()));
        string(out, date(fm.updated()));
        strings(out, fm.tags());
        strings(out, fm.categories());
        out.writeBoolean(fm.draft());
        string(out, fm.slug());
        string(out, fm.permalink());
        strings(out, fm.aliases());
        string(out, fm.description());
        strings(out, fm.authors());
        string(out, fm.lang());
        string(out, fm.channel());
        string(out, fm.kind());
        string(out, fm.layout());
        value(out, fm.extra());
        Map<String, Integer> lines = new TreeMap<>(fm.lines());
        out.writeInt(lines.size());
        for (Map.Entry<String, Integer> line : lines.entrySet()) {
            string(out, line.getKey());
            out.writeInt(line.getValue());
        }
        out.writeInt(fm.categoryPaths().size());
        for (List<String> path : fm.categoryPaths()) {
            strings(out, path);
        }
        string(out, page.html());
        string(out, page.excerptHtml());
        out.writeBoolean(page.hasMoreMarker());
        out.writeInt(page.headings().size());
        for (Heading heading : page.headings()) {
            out.writeInt(heading.level());
            string(out, heading.id());
            string(out, heading.text());
            out.writeInt(heading.line());
        }
        out.writeInt(page.stats().words());
        out.writeInt(page.stats().cjkChars());
        out.writeInt(page.findings().size());
        for (Finding finding : page.findings()) {
            if (!(finding instanceof ContentFinding content)) {
                throw new Unsupported("a " + finding.getClass().getSimpleName());
            }
            string(out, content.pos().file().toString());
            out.writeInt(content.pos().line());
            out.writeInt(content.pos().column());
            string(out, content.severity().name());
            string(out, content.kind());
            string(out, content.detail());
        }
        out.writeInt(page.includes().size());
        for (Path include : page.includes()) {
            string(out, include.toString());
        }
    }

    /** @param source the page's source, without its text */
    static ParsedPage read(DataInputStream in, Source source) throws IOException {
        FrontMatter fm = new FrontMatter(string(in), date(string(in)), date(string(in)), strings(in), strings(in),
                in.readBoolean(), string(in), string(in), strings(in), string(in), strings(in), string(in),
                string(in), string(in), string(in), map(in), lines(in), categoryPaths(in));
        String html = string(in);
        String excerpt = string(in);
        boolean more = in.readBoolean();
        int headingCount = count(in);
        List<Heading> headings = new ArrayList<>(headingCount);
        for (int i = 0; i < headingCount; i++) {
            headings.add(new Heading(in.readInt(), string(in), string(in), in.readInt()));
        }
        TextStats stats = new TextStats(in.readInt(), in.readInt());
        int findingCount = count(in);
        List<Finding> findings = new ArrayList<>(findingCount);
        for (int i = 0; i < findingCount; i++) {
            SourcePos pos = new SourcePos(Path.of(string(in)), in.readInt(), in.readInt());
            findings.add(new ContentFinding(pos, Severity.valueOf(string(in)), string(in), string(in)));
        }
        int includeCount = count(in);
        List<Path> includes = new ArrayList<>(includeCount);
        for (int i = 0; i < includeCount; i++) {
            includes.add(Path.of(string(in)));
        }
        return new ParsedPage(source, fm, html, excerpt, more, headings, stats, findings, includes);
    }

    private static String date(ZonedDateTime date) {
        return date == null ? null : date.toString();
    }

    private static ZonedDateTime date(String text) {
        return text == null ? null : ZonedDateTime.parse(text);
    }

    private static void value(DataOutputStream out, Object value) throws IOException, Unsupported {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String text) {
            out.writeByte(STRING);
            string(out, text);
        } else if (value instanceof Boolean flag) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(flag);
        } else if (value instanceof Integer number) {
            out.writeByte(INTEGER);
            out.writeInt(number);
        } else if (value instanceof Long number) {
            out.writeByte(LONG);
            out.writeLong(number);
        } else if (value instanceof BigInteger number) {
            out.writeByte(BIG_INTEGER);
            string(out, number.toString());
        } else if (value instanceof Double number) {
            out.writeByte(DOUBLE);
            out.writeDouble(number);
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object element : list) {
                value(out, element);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new Unsupported("a front matter key of type " + entry.getKey());
                }
                string(out, key);
                value(out, entry.getValue());
            }
        } else {
            throw new Unsupported("a front matter value of type " + value.getClass().getName());
        }
    }

    private static Object value(DataInputStream in) throws IOException {
        int type = in.readByte();
        return switch (type) {
            case NULL -> null;
            case STRING -> string(in);
            case BOOLEAN -> in.readBoolean();
            case INTEGER -> in.readInt();
            case LONG -> in.readLong();
            case BIG_INTEGER -> new BigInteger(string(in));
            case DOUBLE -> in.readDouble();
            case LIST -> {
                int size = count(in);
                List<Object> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(value(in));
                }
                yield Collections.unmodifiableList(list);
            }
            case MAP -> entries(in);
            default -> throw new IOException("unknown value type " + type);
        };
    }

    /** A map as the front matter reader makes them: in the order written, read-only. */
    private static Map<String, Object> map(DataInputStream in) throws IOException {
        if (in.readByte() != MAP) {
            throw new IOException("front matter values are not a map");
        }
        return entries(in);
    }

    private static Map<String, Object> entries(DataInputStream in) throws IOException {
        int size = count(in);
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            map.put(string(in), value(in));
        }
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, Integer> lines(DataInputStream in) throws IOException {
        int size = count(in);
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            lines.put(string(in), in.readInt());
        }
        return lines;
    }

    private static List<List<String>> categoryPaths(DataInputStream in) throws IOException {
        int size = count(in);
        List<List<String>> paths = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            paths.add(strings(in));
        }
        return paths;
    }

    private static void strings(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            string(out, text);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int size = count(in);
        List<String> texts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            texts.add(string(in));
        }
        return texts;
    }

    private static void string(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0) {
            throw new IOException("negative length " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("negative count " + count);
        }
        return count;
    }
}
