package dev.evergreen.check;

import dev.evergreen.url.PercentDecoding;
import okhttp3.HttpUrl;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sorts an external URL before any request: an http(s) URL to fetch, or a status known from the text
 * alone (mailto: and tel: are only checked for syntax, other schemes are not checked at all).
 */
final class UrlSyntax {

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern EMAIL =
            Pattern.compile("[^@\\s<>()\\[\\],;:\"]+@[^@\\s<>()\\[\\],;:\".]+(\\.[^@\\s<>()\\[\\],;:\".]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9().\\-\\s]*");

    private UrlSyntax() {
    }

    /** What an external URL is. */
    sealed interface Target {
    }

    /** To be requested. */
    record Fetch(HttpUrl url) implements Target {
    }

    /** Decided without a request. */
    record Known(LinkStatus status) implements Target {
    }

    /** The lower-case scheme of a URL, if it starts with one. */
    static Optional<String> scheme(String url) {
        var scheme = SCHEME.matcher(url.strip());
        return scheme.find() ? Optional.of(scheme.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    static Target classify(String raw) {
        String url = raw.strip();
        if (url.startsWith("//")) {
            url = "https:" + url;
        }
        var scheme = SCHEME.matcher(url);
        if (!scheme.find()) {
            return new Known(new LinkStatus.Malformed("no scheme"));
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        String rest = url.substring(scheme.end());
        return switch (name) {
            case "http", "https" -> {
                HttpUrl parsed = HttpUrl.parse(url);
                yield parsed == null || parsed.host().isEmpty()
                        ? new Known(new LinkStatus.Malformed("malformed URL"))
                        : new Fetch(parsed);
            }
            case "mailto", "tel" -> {
                try {
                    yield new Known(name.equals("mailto") ? mailto(rest) : tel(rest));
                } catch (IllegalArgumentException badEscape) {
                    yield new Known(new LinkStatus.Malformed("bad percent-encoding"));
                }
            }
            default -> new Known(new LinkStatus.NotFetched(name));
        };
    }

    private static LinkStatus mailto(String rest) {
        int query = rest.indexOf('?');
        String addresses = decode(query < 0 ? rest : rest.substring(0, query));
        if (addresses.isBlank()) {
            return new LinkStatus.Malformed("no e-mail address");
        }
        for (String address : addresses.split(",")) {
            if (!EMAIL.matcher(address.strip()).matches()) {
                return new LinkStatus.Malformed("malformed e-mail address");
            }
        }
        return new LinkStatus.NotFetched("mailto");
    }

    private static LinkStatus tel(String rest) {
        int parameters = rest.indexOf(';');
        String number = decode(parameters < 0 ? rest : rest.substring(0, parameters)).strip();
        long digits = number.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(number).matches() || digits < 3) {
            return new LinkStatus.Malformed("malformed phone number");
        }
        return new LinkStatus.NotFetched("tel");
    }

    /** Percent-decodes; a malformed escape is thrown, for {@link #classify} to report the link as malformed. */
    private static String decode(String text) {
        return PercentDecoding.decode(text).orElseThrow(() -> new IllegalArgumentException("bad percent-encoding"));
    }
}
