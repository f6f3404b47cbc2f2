package dev.evergreen.load;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the user guide's site.yml reference honest: every key the reader accepts has a row in the
 * article's tables, and the row states the default the reader really uses.
 */
class SiteYmlReferenceTest {

    /** The bundled site's reference article; tests run with the generator module as working directory. */
    static final Path ARTICLE = Path.of("../content/src/main/evergreen/posts/site-yml.md");

    @Test
    void everySiteYmlKeyHasARowStatingItsDefault() throws IOException {
        String article = Files.readString(ARTICLE, StandardCharsets.UTF_8);
        Map<String, Object> defaults = Map.of(
                "title", SiteConfigReader.DEFAULT_TITLE,
                "baseUrl", SiteConfigReader.DEFAULT_BASE_URL,
                "language", SiteConfigReader.DEFAULT_LANGUAGE,
                "timezone", SiteConfigReader.DEFAULT_TIME_ZONE,
                "permalink", SiteConfigReader.DEFAULT_PERMALINK,
                "perPage", SiteConfigReader.DEFAULT_PER_PAGE,
                "theme", SiteConfigReader.DEFAULT_THEME);
        for (String key : SiteConfigReader.KNOWN_KEYS) {
            Optional<String> row = row(article, key);
            assertThat(row).as("a table row for site.yml key '%s' in %s", key, ARTICLE).isPresent();
            if (defaults.containsKey(key)) {
                assertThat(row.get()).as("the default of '%s'", key).contains("`" + defaults.get(key) + "`");
            }
        }
    }

    @Test
    void everyLinksKeyHasARow() throws IOException {
        String article = Files.readString(ARTICLE, StandardCharsets.UTF_8);
        for (String key : LinkSettingsReader.KEYS) {
            assertThat(row(article, "links." + key)).as("a table row for 'links.%s' in %s", key, ARTICLE).isPresent();
        }
    }

    private static Optional<String> row(String article, String key) {
        String start = "| `" + key + "` |";
        return article.lines().filter(line -> line.startsWith(start)).findFirst();
    }
}
