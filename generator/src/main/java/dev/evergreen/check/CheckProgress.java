package dev.evergreen.check;

/**
 * Told about the progress of the external link check, which is the slow part of a build; the CLI
 * draws a progress bar from it.
 */
public interface CheckProgress {

    /** Nothing is shown: libraries and tests. */
    CheckProgress NONE = new CheckProgress() {
        @Override
        public void started(int total) {
        }

        @Override
        public void advanced(String url) {
        }

        @Override
        public void finished() {
        }
    };

    /** The check of {@code total} unique URLs begins. */
    void started(int total);

    /** One URL has its final status; called from checker threads. */
    void advanced(String url);

    void finished();
}
