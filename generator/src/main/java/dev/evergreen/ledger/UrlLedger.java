package dev.evergreen.ledger;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.EvergreenException;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.SourcePos;
import dev.evergreen.load.Asset;
import dev.evergreen.load.ContentLoader;
import dev.evergreen.model.Alias;
import dev.evergreen.model.Item;
import dev.evergreen.model.Site;
import dev.evergreen.render.RenderJob;
import dev.evergreen.render.RenderedPage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps every URL the site ever published working. Aliases become redirect pages and host rules; the
 * ledger ({@value ContentLoader#LEDGER_FILE} at the content root) lists every URL published so far,
 * and a build that no longer publishes one of them fails, naming the alias that would fix it. The
 * ledger grows only through {@link #update}, an explicit action: CI never writes it.
 */
public final class UrlLedger {

    private static final Path LEDGER = Path.of(ContentLoader.LEDGER_FILE);

    private final Path file;
    private final boolean updating;

    /**
     * @param contentRoot the content directory, which holds the ledger
     * @param updating whether this build will {@link #update} the ledger (then a missing one is no news)
     */
    public UrlLedger(Path contentRoot, boolean updating) {
        this.file = contentRoot.resolve(LEDGER);
        this.updating = updating;
    }

    /** Compares what the planned site publishes with the ledger and plans the redirect and gone outputs. */
    public KeptUrls keep(Site site, List<RenderJob> jobs) {
        String basePath = site.config().basePath();
        Map<String, String> outputs = new HashMap<>();
        jobs.forEach(job -> outputs.put(UrlKeys.key(job.url()), job.url()));
        for (Asset asset : site.assets()) {
            String url = UrlKeys.encode(UrlKeys.key(basePath) + asset.slashPath());
            outputs.putIfAbsent(UrlKeys.key(url), url);
        }
        List<Finding> findings = new ArrayList<>();
        List<Redirect> redirects = redirects(site, outputs.keySet(), findings);
        Set<String> published = new HashSet<>(outputs.keySet());
        redirects.forEach(r -> published.add(UrlKeys.key(r.from())));

        Optional<String> text = read();
        LedgerFile ledger = text.map(t -> parse(t, findings)).orElseGet(() -> absent(findings));
        List<String> gone = gone(ledger, published, findings);
        Set<String> ledgerKeys = new HashSet<>();
        ledger.live().forEach(e -> ledgerKeys.add(e.key()));
        List<Item> newItems = site.items().stream().filter(i -> !ledgerKeys.contains(UrlKeys.key(i.url()))).toList();
        Set<String> accounted = new HashSet<>(published);
        ledger.gone().forEach(e -> accounted.add(e.key()));
        findings.addAll(new VanishedUrls(LEDGER, basePath, newItems).find(ledger, accounted));

        // Outputs that are not permanent (search index shards) may go when the site shrinks: never ledgered.
        Set<String> passing = new HashSet<>();
        jobs.stream().filter(job -> !job.permanent()).forEach(job -> passing.add(UrlKeys.key(job.url())));
        List<String> publishedUrls = new ArrayList<>();
        outputs.forEach((key, url) -> {
            if (!passing.contains(key)) {
                publishedUrls.add(url);
            }
        });
        redirects.forEach(r -> publishedUrls.add(r.from()));
        String updated = ledger.withPublished(publishedUrls).format();
        return new KeptUrls(findings, redirectPages(site, redirects), files(site, redirects, gone),
                text.isPresent() && text.get().equals(updated) ? Optional.empty() : Optional.of(updated));
    }

    /**
     * Writes the ledger's new text, if any, replacing the file in one move.
     *
     * @return whether the ledger changed
     */
    public boolean update(KeptUrls kept) {
        if (kept.ledgerUpdate().isEmpty()) {
            return false;
        }
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(temp, kept.ledgerUpdate().get(), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            throw new EvergreenException(file, 0, "cannot update the ledger: " + e.getMessage(), e);
        }
    }

    private static LedgerFile parse(String text, List<Finding> findings) {
        LedgerFile.Parsed parsed = LedgerFile.parse(text, LEDGER);
        findings.addAll(parsed.findings());
        return parsed.file();
    }

    private LedgerFile absent(List<Finding> findings) {
        if (!updating) {
            findings.add(ContentFinding.warning(SourcePos.wholeFile(LEDGER), "ledger", "no ledger of published URLs "
                    + "yet, so a URL that vanishes goes unnoticed; run `evergreen build --update-ledger` "
                    + "(Maven: -Devergreen.updateLedger=true) and commit " + LEDGER));
        }
        return LedgerFile.empty();
    }

    private Optional<String> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new EvergreenException(file, 0, "cannot read the ledger: " + e.getMessage(), e);
        }
    }

    /** Every alias as a redirect, except those on a URL the site publishes otherwise. */
    private static List<Redirect> redirects(Site site, Set<String> outputKeys, List<Finding> findings) {
        Map<String, Item> itemsByKey = new HashMap<>();
        site.items().forEach(i -> itemsByKey.put(UrlKeys.key(i.url()), i));
        List<Redirect> redirects = new ArrayList<>();
        for (Item item : site.items()) {
            for (Alias alias : item.aliases()) {
                String key = UrlKeys.key(alias.url());
                if (!outputKeys.contains(key)) {
                    redirects.add(new Redirect(alias, item));
                    continue;
                }
                Item owner = itemsByKey.get(key);
                String what = owner != null ? "the URL of " + owner.source().slashPath() : "a URL the site publishes";
                findings.add(ContentFinding.error(SourcePos.of(item.source().path(), alias.line()), "alias-collision",
                        "alias " + alias.url() + " is " + what + "; a redirect there would hide it (or start a "
                                + "chain of redirects), remove the alias"));
            }
        }
        redirects.sort(Comparator.comparing(Redirect::from));
        return redirects;
    }

    /** The gone URLs to serve as gone; one the site still publishes is an error instead. */
    private static List<String> gone(LedgerFile ledger, Set<String> published, List<Finding> findings) {
        List<String> gone = new ArrayList<>();
        for (LedgerFile.Entry entry : ledger.gone()) {
            if (published.contains(entry.key())) {
                findings.add(ContentFinding.error(SourcePos.of(LEDGER, entry.line()), "ledger", entry.url()
                        + " is listed under gone: but the site still publishes it; remove it from gone:"));
            } else {
                gone.add(UrlKeys.encode(entry.key()));
            }
        }
        return gone;
    }

    private static List<RenderedPage> redirectPages(Site site, List<Redirect> redirects) {
        RedirectPages pages = new RedirectPages(site.config());
        String basePath = site.config().basePath();
        return redirects.stream().map(r -> new RenderedPage(r.from(), UrlKeys.outputPath(r.from(), basePath),
                pages.redirect(r), true, "evergreen:redirect")).toList();
    }

    private static List<OutputFile> files(Site site, List<Redirect> redirects, List<String> gone) {
        List<OutputFile> files = new ArrayList<>();
        String goneHtml = new RedirectPages(site.config()).gone();
        String basePath = site.config().basePath();
        // A removed image or PDF gets its 410 from the host rules only: an HTML page there would lie about its type.
        gone.stream().filter(url -> url.endsWith("/") || url.endsWith(".html"))
                .forEach(url -> files.add(new OutputFile(UrlKeys.outputPath(url, basePath), goneHtml)));
        if (!redirects.isEmpty() || !gone.isEmpty()) {
            files.add(new OutputFile(Path.of(HostRules.NETLIFY), HostRules.netlify(redirects, gone)));
            files.add(new OutputFile(Path.of(HostRules.NGINX), HostRules.nginx(redirects, gone)));
            files.add(new OutputFile(Path.of(HostRules.APACHE), HostRules.apache(redirects, gone)));
        }
        return files;
    }
}
