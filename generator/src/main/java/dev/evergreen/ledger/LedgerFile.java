package dev.evergreen.ledger;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.SourcePos;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ledger's text: every URL the site published, then a {@code gone:} section of URLs removed on
 * purpose. One root-relative URL per line, {@code #} starts a comment. A comment block at the top
 * separated by a blank line is the header; any other comment belongs to the URL below it (or at the
 * end of a line, to that line), so sorting on update moves comments with their URLs.
 *
 * @param header the comment lines at the top
 * @param live URLs the site publishes, sorted
 * @param gone URLs removed on purpose, sorted
 * @param footer comment lines after the last URL
 */
record LedgerFile(List<String> header, List<Entry> live, List<Entry> gone, List<String> footer) {

    static final String GONE = "gone:";

    static final List<String> NEW_HEADER = List.of(
            "# Every URL this site has published, one per line. Evergreen fails the build when one of them",
            "# vanishes: give the page that replaced it an alias instead. New URLs are added, sorted, by",
            "# `evergreen build --update-ledger` (Maven: -Devergreen.updateLedger=true); CI never writes this file.",
            "# To remove a page on purpose, move its URL under \"gone:\": it is then served as gone (410).");

    /**
     * One URL of the ledger.
     *
     * @param url as written in the file
     * @param key its decoded path, what comparisons use
     * @param comments the comment lines above it
     * @param trailing the comment after it on its line, with its {@code #}, or empty
     * @param line its 1-based line in the file, 0 for URLs not yet written
     */
    record Entry(String url, String key, List<String> comments, String trailing, int line) {
        Entry {
            comments = List.copyOf(comments);
        }

        static Entry added(String url) {
            return new Entry(UrlKeys.readable(url), UrlKeys.key(url), List.of(), "", 0);
        }
    }

    /** A ledger read from text, with a finding for every line that is not a URL. */
    record Parsed(LedgerFile file, List<Finding> findings) {
    }

    LedgerFile {
        header = List.copyOf(header);
        live = sorted(live);
        gone = sorted(gone);
        footer = List.copyOf(footer);
    }

    static LedgerFile empty() {
        return new LedgerFile(NEW_HEADER, List.of(), List.of(), List.of());
    }

    static Parsed parse(String text, Path file) {
        List<String> header = new ArrayList<>();
        List<Entry> live = new ArrayList<>();
        List<Entry> gone = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        boolean inGone = false;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("#")) {
                pending.add(line);
            } else if (line.isEmpty()) {
                if (live.isEmpty() && gone.isEmpty() && !inGone) {
                    header.addAll(pending);
                    pending.clear();
                }
            } else if (line.equals(GONE)) {
                inGone = true;
            } else {
                int hash = line.indexOf(" #");
                String url = (hash < 0 ? line : line.substring(0, hash)).strip();
                String trailing = hash < 0 ? "" : line.substring(hash + 1).strip();
                try {
                    Entry entry = new Entry(url, UrlKeys.key(url), pending, trailing, i + 1);
                    (inGone ? gone : live).add(entry);
                    pending.clear();
                } catch (IllegalArgumentException e) {
                    findings.add(ContentFinding.error(SourcePos.of(file, i + 1), "ledger",
                            "'" + url + "' is not a root-relative URL; write one path per line, such as /2024/05/01/my-post/"));
                }
            }
        }
        return new Parsed(new LedgerFile(header, live, gone, pending), findings);
    }

    /** This ledger with {@code urls} added to the published ones, minus any listed as gone. */
    LedgerFile withPublished(Collection<String> urls) {
        Set<String> goneKeys = gone.stream().map(Entry::key).collect(Collectors.toSet());
        Map<String, Entry> byKey = new LinkedHashMap<>();
        live.forEach(e -> byKey.putIfAbsent(e.key(), e));
        urls.forEach(url -> byKey.putIfAbsent(UrlKeys.key(url), Entry.added(url)));
        List<Entry> kept = byKey.values().stream().filter(e -> !goneKeys.contains(e.key())).toList();
        return new LedgerFile(header, kept, gone, footer);
    }

    String format() {
        StringBuilder out = new StringBuilder();
        header.forEach(line -> out.append(line).append('\n'));
        if (!header.isEmpty()) {
            out.append('\n');
        }
        appendEntries(out, live);
        if (!gone.isEmpty()) {
            out.append('\n').append(GONE).append('\n');
            appendEntries(out, gone);
        }
        footer.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    private static void appendEntries(StringBuilder out, List<Entry> entries) {
        for (Entry entry : entries) {
            entry.comments().forEach(line -> out.append(line).append('\n'));
            out.append(entry.url());
            if (!entry.trailing().isEmpty()) {
                out.append("  ").append(entry.trailing());
            }
            out.append('\n');
        }
    }

    /** Sorted by URL as written, the order a person scanning the file expects; one entry per decoded path. */
    private static List<Entry> sorted(List<Entry> entries) {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        entries.stream().sorted(Comparator.comparing(Entry::url)).forEach(e -> byKey.putIfAbsent(e.key(), e));
        return List.copyOf(byKey.values());
    }
}
