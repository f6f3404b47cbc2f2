package dev.evergreen.report;

/**
 * What a build checked, for the summary line and the report files.
 *
 * @param durationMillis how long the build took; passed in so reports stay reproducible in tests
 */
public record ReportStats(int pagesBuilt, int internalLinksChecked, int externalUrlsChecked, long durationMillis) {

    public ReportStats {
        if (pagesBuilt < 0 || internalLinksChecked < 0 || externalUrlsChecked < 0 || durationMillis < 0) {
            throw new IllegalArgumentException("negative report statistics");
        }
    }
}
