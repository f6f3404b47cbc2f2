package dev.evergreen.postprocess;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The attributes through which a page references other resources: what the link check follows.
 */
final class LinkAttributes {

    /** Attribute → the elements that carry a URL in it. {@code srcset} holds a list and is split apart. */
    static final Map<String, List<String>> URL_ATTRIBUTES = Map.of(
            "href", List.of("a", "area", "link"),
            "src", List.of("img", "video", "audio", "source", "track", "iframe", "embed", "script", "input"),
            "srcset", List.of("img", "source"),
            "poster", List.of("video"),
            "data", List.of("object"));

    private static final Set<String> TAGS = URL_ATTRIBUTES.values().stream()
            .flatMap(List::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The attribute order in which one element's URLs are reported, so findings come out stable. */
    static final List<String> ORDER = List.of("href", "src", "srcset", "poster", "data");

    private LinkAttributes() {
    }

    /** Whether an element of this tag can carry a URL in one of the attributes above. */
    static boolean mayCarry(String tag) {
        return TAGS.contains(tag);
    }

    static boolean carries(String tag, String attribute) {
        List<String> tags = URL_ATTRIBUTES.get(attribute);
        return tags != null && tags.contains(tag);
    }

    /** The URLs of a {@code srcset}: each candidate is a URL, optionally followed by a width or density. */
    static List<String> srcsetUrls(String srcset) {
        return java.util.Arrays.stream(srcset.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(LinkAttributes::candidateUrl)
                .toList();
    }

    /**
     * The {@code srcset} with each candidate's URL replaced as {@code rewrites} says, descriptors and
     * spacing kept. Candidate by candidate, because one URL may be part of another ({@code cat.png},
     * {@code hd/cat.png}) and a text replace would rewrite both.
     */
    static String rewriteSrcset(String srcset, Map<String, String> rewrites) {
        return java.util.Arrays.stream(srcset.split(",", -1))
                .map(candidate -> {
                    String url = candidateUrl(candidate.strip());
                    if (url.isEmpty() || !rewrites.containsKey(url)) {
                        return candidate;
                    }
                    int at = candidate.indexOf(url);
                    return candidate.substring(0, at) + rewrites.get(url) + candidate.substring(at + url.length());
                })
                .collect(java.util.stream.Collectors.joining(","));
    }

    private static String candidateUrl(String candidate) {
        int space = candidate.indexOf(' ');
        return space < 0 ? candidate : candidate.substring(0, space);
    }
}
