package dev.evergreen.build;

import dev.evergreen.check.LinkUse;
import dev.evergreen.finding.ConfigException;
import dev.evergreen.finding.SourcePos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code --changed-since}: external links of files changed since a git ref, read from a real repository. */
class ChangedSourcesTest {

    @TempDir
    Path repo;

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@t",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
    }

    private static LinkUse use(String file) {
        return new LinkUse("https://example.org/" + file, SourcePos.of(Path.of(file), 3), "/x/");
    }

    private BuildOptions options(String ref) {
        return new BuildOptions(repo.resolve("site"), repo.resolve("public"), null, false, false, false, null, null,
                ref, null, Map.of(), null, false, null);
    }

    @Test
    void keepsOnlyUsesFromFilesChangedSinceTheRef() throws Exception {
        Files.createDirectories(repo.resolve("site/posts"));
        Files.writeString(repo.resolve("site/posts/old.md"), "old\n");
        Files.writeString(repo.resolve("site/posts/edited.md"), "v1\n");
        git("init", "-q");
        git("add", ".");
        git("commit", "-q", "-m", "base");
        git("tag", "base");
        Files.writeString(repo.resolve("site/posts/edited.md"), "v2\n");

        List<LinkUse> selected = new ChangedSources(options("base"))
                .select(List.of(use("posts/old.md"), use("posts/edited.md")), LinkUse::pos);

        assertThat(selected).extracting(u -> u.pos().displayPath()).containsExactly("posts/edited.md");
    }

    @Test
    void recordingsVideosAreSelectedTheSameWay() throws Exception {
        Files.createDirectories(repo.resolve("site/recordings"));
        Files.writeString(repo.resolve("site/recordings/old.md"), "old\n");
        Files.writeString(repo.resolve("site/recordings/new.md"), "v1\n");
        git("init", "-q");
        git("add", "site/recordings/old.md");
        git("commit", "-q", "-m", "base");
        git("tag", "base");
        git("add", "site/recordings/new.md");

        ChangedSources changed = new ChangedSources(options("base"));
        List<dev.evergreen.check.VideoUse> selected = changed.select(List.of(video("recordings/old.md"),
                video("recordings/new.md")), dev.evergreen.check.VideoUse::pos);

        assertThat(selected).extracting(v -> v.pos().displayPath()).containsExactly("recordings/new.md");
    }

    private static dev.evergreen.check.VideoUse video(String file) {
        return new dev.evergreen.check.VideoUse(new dev.evergreen.model.Video(dev.evergreen.model.Video.Provider.YOUTUBE,
                "dQw4w9WgXcQ", 1), SourcePos.of(Path.of(file), 5), "/x/");
    }

    @Test
    void withoutARefEveryUseIsKept() {
        List<LinkUse> uses = List.of(use("posts/a.md"), use("posts/b.md"));
        assertThat(new ChangedSources(options(null)).select(uses, LinkUse::pos)).isEqualTo(uses);
    }

    @Test
    void anUnknownRefIsAConfigurationError() throws Exception {
        Files.createDirectories(repo.resolve("site"));
        git("init", "-q");
        assertThatThrownBy(() -> new ChangedSources(options("no-such-ref")).select(List.of(use("a.md")), LinkUse::pos))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--changed-since no-such-ref");
    }
}
