package dev.evergreen.ledger;

import dev.evergreen.load.SiteConfig;
import dev.evergreen.postprocess.PostProcessor;
import org.jsoup.nodes.Entities;

/**
 * The small pages served at old URLs, for hosts that read no redirect rules: they work with scripts
 * off, tell search engines not to index them and name the page to go to.
 */
final class RedirectPages {

    private final SiteConfig config;

    RedirectPages(SiteConfig config) {
        this.config = config;
    }

    /**
     * A page that sends readers on at once. Its link carries the alias's source stamp, so that the link
     * check reports a broken target at the line that wrote the alias.
     */
    String redirect(Redirect redirect) {
        String target = config.absoluteUrl(redirect.to());
        String title = redirect.target().title();
        String stamp = redirect.target().source().slashPath() + ":" + redirect.alias().line();
        return head(redirect.target().lang(), "Moved: " + title)
                + "<link rel=\"canonical\" href=\"" + attr(target) + "\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + attr(target) + "\">\n"
                + "</head>\n<body>\n<p>This page has moved to <a href=\"" + attr(redirect.to()) + "\" "
                + PostProcessor.STAMP + "=\"" + attr(stamp) + "\">" + Entities.escape(title) + "</a>.</p>\n"
                + "</body>\n</html>\n";
    }

    /** The page at a URL removed on purpose; hosts with rules answer 410 Gone with it. */
    String gone() {
        return head(config.language(), "Gone · " + config.title())
                + "</head>\n<body>\n<h1>Gone</h1>\n"
                + "<p>The page that was here has been removed on purpose and will not come back.</p>\n"
                + "<p><a href=\"" + attr(config.basePath()) + "\">" + Entities.escape(config.title()) + "</a></p>\n"
                + "</body>\n</html>\n";
    }

    private static String head(String lang, String title) {
        return "<!DOCTYPE html>\n<html lang=\"" + attr(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>" + Entities.escape(title) + "</title>\n"
                + "<meta name=\"robots\" content=\"noindex\">\n";
    }

    private static String attr(String value) {
        return Entities.escape(value).replace("\"", "&quot;");
    }
}
