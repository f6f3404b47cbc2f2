package dev.evergreen.ledger;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerFileTest {

    private static final Path FILE = Path.of("published-urls.txt");

    @Test
    void sortsUrlsKeepingTheHeaderAndEachCommentWithItsUrl() {
        String text = """
                # header line

                /b/
                # why c is here
                /c/  # trailing note
                /a/
                gone:
                /z/
                # about y
                /y/
                # the end
                """;

        LedgerFile.Parsed parsed = LedgerFile.parse(text, FILE);

        assertThat(parsed.findings()).isEmpty();
        assertThat(parsed.file().format()).isEqualTo("""
                # header line

                /a/
                /b/
                # why c is here
                /c/  # trailing note

                gone:
                # about y
                /y/
                /z/
                # the end
                """);
    }

    @Test
    void formattingIsStableAndAddingKnownUrlsChangesNothing() {
        String once = LedgerFile.parse("/b/\n/a/\n", FILE).file().format();
        LedgerFile reread = LedgerFile.parse(once, FILE).file();

        assertThat(reread.format()).isEqualTo(once);
        assertThat(reread.withPublished(List.of("/a/", "/b/")).format()).isEqualTo(once);
    }

    @Test
    void addsNewUrlsReadablyOnceEachAndLeavesGoneOnesOut() {
        LedgerFile ledger = LedgerFile.parse("/%E6%97%A7/\ngone:\n/old/\n", FILE).file();

        LedgerFile updated = ledger.withPublished(List.of("/%E6%97%A7/", "/%E6%96%B0/", "/a%20b/", "/old/"));

        assertThat(updated.live()).extracting(LedgerFile.Entry::url)
                .containsExactly("/%E6%97%A7/", "/a%20b/", "/新/");
        assertThat(updated.gone()).extracting(LedgerFile.Entry::url).containsExactly("/old/");
    }

    @Test
    void aLineThatIsNotARootRelativeUrlIsAnErrorAtItsLine() {
        LedgerFile.Parsed parsed = LedgerFile.parse("/ok/\nposts/relative/\n/has space/\n", FILE);

        assertThat(parsed.findings()).extracting(f -> f.pos().line() + ": " + f.detail()).containsExactly(
                "2: 'posts/relative/' is not a root-relative URL; write one path per line, such as /2024/05/01/my-post/",
                "3: '/has space/' is not a root-relative URL; write one path per line, such as /2024/05/01/my-post/");
        assertThat(parsed.file().live()).extracting(LedgerFile.Entry::key).containsExactly("/ok/");
    }

    @Test
    void aNewLedgerExplainsItself() {
        assertThat(LedgerFile.empty().withPublished(List.of("/")).format())
                .startsWith("# Every URL this site has published").contains("--update-ledger", "gone:")
                .endsWith("\n\n/\n");
    }
}
