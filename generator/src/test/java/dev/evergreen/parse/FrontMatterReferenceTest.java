package dev.evergreen.parse;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the user guide honest: every front matter key Evergreen interprets is in the reference's table. */
class FrontMatterReferenceTest {

    private static final Path ARTICLE = Path.of("../content/src/main/evergreen/posts/site-yml.md");

    @Test
    void everyInterpretedKeyIsInTheFrontMatterTable() throws IOException {
        String article = Files.readString(ARTICLE, StandardCharsets.UTF_8);
        String table = article.substring(article.indexOf("## Front matter"));
        for (String key : FrontMatterReader.TYPED_KEYS) {
            assertThat(table.lines().filter(l -> l.startsWith("| ")).anyMatch(l -> l.split("\\|")[1].contains("`" + key + "`")))
                    .as("front matter key '%s' in the first column of the table in %s", key, ARTICLE).isTrue();
        }
    }
}
