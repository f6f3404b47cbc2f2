package dev.evergreen.ledger;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.SourcePos;
import dev.evergreen.model.Item;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Ledger URLs the build no longer publishes. When one looks like the old URL of an item published at
 * a new one (same folder but another slug, same slug in another folder, or the item's date in it),
 * the finding is reported on that item and names the exact alias to add.
 */
final class VanishedUrls {

    private static final DateTimeFormatter DATE_PATH = DateTimeFormatter.ofPattern("/yyyy/MM/dd/");

    private final Path ledgerFile;
    private final String basePath;
    private final List<Item> newItems;

    /**
     * @param newItems the items whose URL the ledger does not list yet: a renamed page is one of them
     */
    VanishedUrls(Path ledgerFile, String basePath, List<Item> newItems) {
        this.ledgerFile = ledgerFile;
        this.basePath = basePath;
        this.newItems = newItems;
    }

    List<Finding> find(LedgerFile ledger, Set<String> publishedKeys) {
        List<Finding> findings = new ArrayList<>();
        for (LedgerFile.Entry entry : ledger.live()) {
            if (!publishedKeys.contains(entry.key())) {
                findings.add(finding(entry));
            }
        }
        return findings;
    }

    private Finding finding(LedgerFile.Entry entry) {
        String vanished = "URL vanished: " + entry.url() + " — add it to the aliases of the page that replaced it";
        Optional<Item> successor = successorOf(entry.key());
        if (successor.isEmpty()) {
            return ContentFinding.error(SourcePos.of(ledgerFile, entry.line()), "url-vanished", vanished
                    + " (or move it under gone: in " + ledgerFile + " if it was removed on purpose)");
        }
        Item item = successor.get();
        String alias = UrlKeys.fromSiteRoot(entry.url(), basePath);
        int line = item.aliases().isEmpty() ? 1 : item.aliases().get(0).line();
        return ContentFinding.error(SourcePos.of(item.source().path(), line), "url-vanished", vanished + ": "
                + item.source().slashPath() + ", now at " + item.url() + ", looks like it; add the alias "
                + alias + " to its front matter (aliases: [" + alias + "])");
    }

    /** The one new item that most likely replaced the URL, if one stands out; items live at folder URLs. */
    private Optional<Item> successorOf(String vanishedKey) {
        if (!vanishedKey.endsWith("/")) {
            return Optional.empty();
        }
        int best = 0;
        List<Item> candidates = new ArrayList<>();
        for (Item item : newItems) {
            int score = likeness(vanishedKey, item);
            if (score > best) {
                best = score;
                candidates.clear();
            }
            if (score == best && score > 0) {
                candidates.add(item);
            }
        }
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** 3: only the last segment changed; 2: the last segment moved elsewhere; 1: the item's date is in it. */
    private static int likeness(String vanishedKey, Item item) {
        String key = UrlKeys.key(item.url());
        if (parent(key).equals(parent(vanishedKey))) {
            return 3;
        }
        if (last(key).equals(last(vanishedKey))) {
            return 2;
        }
        return item.date() != null && vanishedKey.contains(DATE_PATH.format(item.date())) ? 1 : 0;
    }

    private static String parent(String key) {
        String trimmed = key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
        return trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
    }

    private static String last(String key) {
        String trimmed = key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
