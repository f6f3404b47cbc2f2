package dev.evergreen.build;

import dev.evergreen.check.CheckProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The "nothing else is rewritten" for the search index: an edit renders the one shard holding the item. */
class SearchShardRebuildTest {

    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

    @TempDir
    Path tmp;

    @Test
    void anEditRendersTheEditedItemsShardAndNoOtherSearchFile() throws IOException {
        Path source = FixtureSites.copy("basic", tmp);
        Path notes = Files.createDirectories(source.resolve("notes"));
        // Enough pages for two shards (see SearchShards).
        for (int i = 0; i < 300; i++) {
            Files.writeString(notes.resolve("note-" + i + ".md"), "---\ntitle: Note " + i + "\n---\nNote number " + i + ".\n");
        }
        Path output = tmp.resolve("site");
        Session session = new Session(FixtureSites.options(source, output), CheckProgress.NONE, QUIET);
        session.build();
        assertThat(output.resolve("search-index.json")).content()
                .isEqualTo("{\"shards\":[\"search-index/shard-0.json\",\"search-index/shard-1.json\"]}\n");

        Files.writeString(notes.resolve("note-7.md"), "---\ntitle: Note 7\n---\nNote number seven, edited.\n");
        session.rebuild(Set.of(Path.of("notes/note-7.md")));

        List<Path> search = session.lastRendered().stream().filter(p -> p.startsWith("search-index")).sorted().toList();
        assertThat(search).hasSize(2);
        Path shard = search.get(0);
        assertThat(search.get(1)).isEqualTo(shard.resolveSibling(shard.getFileName().toString().replace(".js", ".json")));
        assertThat(output.resolve(shard)).content().contains("/notes/note-7/", "seven");
        assertThat(session.lastRendered()).doesNotContain(Path.of("search-index.js"), Path.of("search-index.json"));
    }
}
