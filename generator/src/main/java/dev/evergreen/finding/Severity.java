package dev.evergreen.finding;

/** How much a finding matters: errors fail the build (exit 1), the rest are printed. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
