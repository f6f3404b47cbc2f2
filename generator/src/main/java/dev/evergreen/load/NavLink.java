package dev.evergreen.load;

/**
 * One entry of the top navigation in nav.yml.
 *
 * @param url an absolute URL, or a site path ({@code docs/}, {@code /archives/}) resolved against the base path
 * @param line its line in nav.yml, for findings
 */
public record NavLink(String title, String url, int line) {

    /** The file, beside site.yml, that findings about these entries name. */
    public static final String FILE = "nav.yml";

    /** Whether it leaves the site ({@code https://...}, {@code mailto:...}). */
    public boolean external() {
        return url.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    }
}
