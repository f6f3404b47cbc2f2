package dev.evergreen.load;

import java.util.Locale;
import java.util.Optional;

/** The kinds of content item: a dated deep-dive, a meetup recording, or a standalone page. */
public enum Kind {
    ARTICLE, RECORDING, PAGE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Kind> fromLabel(String label) {
        for (Kind k : values()) {
            if (k.label().equals(label)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
