package dev.evergreen.model;

import java.time.Clock;

/**
 * What the model stage publishes.
 *
 * @param drafts include items marked {@code draft: true}
 * @param future include items dated after {@code clock}'s now
 * @param clock "now", for future-dated items; injected so builds are reproducible
 */
public record ModelOptions(boolean drafts, boolean future, Clock clock) {
}
