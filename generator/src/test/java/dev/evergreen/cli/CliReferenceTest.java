package dev.evergreen.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the user guide honest: every option of {@code evergreen build} has a row in the CI article. */
class CliReferenceTest {

    private static final Path ARTICLE = Path.of("../content/src/main/evergreen/posts/publishing-from-ci.md");

    @Test
    void everyBuildOptionHasARow() throws IOException {
        String article = Files.readString(ARTICLE, StandardCharsets.UTF_8);
        CommandLine.Model.CommandSpec build = new CommandLine(new Main()).getSubcommands().get("build").getCommandSpec();
        for (CommandLine.Model.OptionSpec option : build.options()) {
            if (option.usageHelp() || option.versionHelp()) {
                continue;
            }
            assertThat(article).as("a row for %s in %s", option.longestName(), ARTICLE)
                    .contains("| `" + option.longestName());
        }
    }
}
