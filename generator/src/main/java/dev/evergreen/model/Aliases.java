package dev.evergreen.model;

import dev.evergreen.url.PercentDecoding;
import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.SourcePos;
import dev.evergreen.load.SiteConfig;
import dev.evergreen.load.Source;
import dev.evergreen.parse.FrontMatter;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the aliases an author wrote into site URLs. A path is read from the site's root, like a
 * front matter {@code permalink} ({@code /old/} on a site at {@code /blog/} is {@code /blog/old/}); an
 * absolute URL must be on the site. A last segment with a dot and no slash after it is a file
 * ({@code /old.html}), anything else a folder. Problems are findings at the line that lists the alias.
 */
final class Aliases {

    private final SiteConfig config;
    private final String decodedBasePath;

    Aliases(SiteConfig config) {
        this.config = config;
        this.decodedBasePath = URI.create(config.basePath()).getPath();
    }

    /** The item's aliases as site URLs, without the invalid ones and repeats. */
    List<Alias> of(Source source, FrontMatter fm, String itemUrl, List<Finding> findings) {
        Map<String, Alias> aliases = new LinkedHashMap<>();
        int keyLine = fm.lineOf("aliases", fm.lineOf("redirect_from", 1));
        for (String raw : fm.aliases()) {
            String written = raw.strip();
            SourcePos pos = SourcePos.of(source.path(), lineOf(fm, raw, keyLine));
            String malformed = malformation(written);
            if (malformed != null) {
                findings.add(ContentFinding.error(pos, "alias", "alias '" + written + "' " + malformed));
                continue;
            }
            if (isAbsolute(written) && !isOnSite(parse(written))) {
                findings.add(ContentFinding.error(pos, "alias-outside", "alias '" + written + "' is outside the site "
                        + config.baseUrl() + "; only URLs under it can redirect"));
                continue;
            }
            String url = siteUrl(written);
            if (url == null) {
                findings.add(ContentFinding.error(pos, "alias-outside",
                        "alias '" + written + "' climbs above the site's root with '..'; write the path from the root"));
            } else if (url.equals(itemUrl)) {
                findings.add(ContentFinding.error(pos, "alias-loop", "alias '" + written + "' is this page's own URL "
                        + url + "; a redirect there would send readers to itself, remove it"));
            } else {
                aliases.putIfAbsent(url, new Alias(url, pos.line()));
            }
        }
        return List.copyOf(aliases.values());
    }

    /** An error for every alias that two items claim: a reader arriving there cannot be sent to both. */
    static List<Finding> claimedTwice(List<Item> items) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Item> owners = new HashMap<>();
        for (Item item : items) {
            for (Alias alias : item.aliases()) {
                Item owner = owners.putIfAbsent(alias.url(), item);
                if (owner != null) {
                    findings.add(ContentFinding.error(SourcePos.of(item.source().path(), alias.line()), "alias-duplicate",
                            "alias " + alias.url() + " is also an alias of " + owner.source().slashPath()
                                    + "; keep it on the page that replaced the old one"));
                }
            }
        }
        return findings;
    }

    /** What makes an alias no URL path at all, or {@code null}. */
    private static String malformation(String written) {
        if (written.isEmpty()) {
            return "is empty";
        }
        if (written.contains("?") || written.contains("#")) {
            return "has a query or fragment; an alias is a path such as /2023/06/04/old-slug/";
        }
        if (isAbsolute(written) && parse(written) == null) {
            return "is not a valid URL";
        }
        return decode(written) == null ? "has a malformed %-escape" : null;
    }

    private boolean isOnSite(URI uri) {
        URI base = config.baseUrl();
        return uri.getHost() != null
                && uri.getHost().toLowerCase(Locale.ROOT).equals(base.getHost().toLowerCase(Locale.ROOT))
                && uri.getPort() == base.getPort()
                && uri.getRawPath() != null && uri.getRawPath().startsWith(config.basePath());
    }

    private static boolean isAbsolute(String written) {
        return written.startsWith("//") || written.contains("://");
    }

    /** The site URL of a valid alias, or {@code null} when '..' leaves the site. */
    private String siteUrl(String written) {
        String path = isAbsolute(written) ? parse(written).getRawPath().substring(config.basePath().length()) : written;
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : decode(path).split("/")) {
            if (segment.equals("..")) {
                if (segments.pollLast() == null) {
                    return null;
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        String joined = String.join("/", segments);
        boolean file = !path.endsWith("/") && segments.peekLast() != null && segments.peekLast().contains(".");
        return UrlPaths.encodePath(decodedBasePath + joined + (file || joined.isEmpty() ? "" : "/"));
    }

    private static URI parse(String written) {
        try {
            return URI.create(written.startsWith("//") ? "https:" + written : written);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Percent-escapes decoded as UTF-8; a {@code +} stays a plus, as in any URL path. */
    private static String decode(String path) {
        return PercentDecoding.decode(path).orElse(null);
    }

    /** The front matter line that spells the alias out, else the line of its key. */
    private static int lineOf(FrontMatter fm, String written, int keyLine) {
        return fm.lineOf("aliases:" + written, fm.lineOf("redirect_from:" + written, keyLine));
    }
}
