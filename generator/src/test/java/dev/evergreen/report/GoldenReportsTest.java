package dev.evergreen.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each report file, written from {@link ReportFixture}, must equal its golden file byte for byte.
 * After an intended change, regenerate the goldens and review the diff:
 * {@code ./mvnw -pl generator test -Dtest='dev.evergreen.report.GoldenReportsTest' -Devergreen.updateGolden=true}.
 */
class GoldenReportsTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "report", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("evergreen.updateGolden");

    @TempDir
    Path reports;

    @ParameterizedTest
    @EnumSource(ReportFile.class)
    void matchesGolden(ReportFile file) throws IOException {
        new Reporter(new ReportOptions(reports, Path.of("content"), Map.of()))
                .write(ReportFixture.FINDINGS, ReportFixture.SOURCES, ReportFixture.STATS);
        byte[] actual = Files.readAllBytes(reports.resolve(file.fileName()));
        Path golden = GOLDEN.resolve(file.fileName());
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.write(golden, actual);
        }
        assertThat(golden).as("golden file; regenerate with -Devergreen.updateGolden=true").exists();
        assertThat(new String(actual, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void writesEveryFileAndNoLeftovers() {
        List<Path> written = new Reporter(new ReportOptions(reports.resolve("nested/dir"), Path.of("content"),
                Map.of())).write(ReportFixture.FINDINGS, ReportFixture.SOURCES, ReportFixture.STATS);

        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("links.json", "links-junit.xml", "links.sarif", "link-report.html");
        assertThat(reports.resolve("nested/dir").toFile().list())
                .containsExactlyInAnyOrder("links.json", "links-junit.xml", "links.sarif", "link-report.html");
    }

    @Test
    void sameInputSameBytesWhateverTheOrder() {
        Path inOrder = reports.resolve("in-order");
        Path reversed = reports.resolve("reversed");
        new Reporter(new ReportOptions(inOrder, Path.of("content"), Map.of()))
                .write(ReportFixture.FINDINGS, ReportFixture.SOURCES, ReportFixture.STATS);
        new Reporter(new ReportOptions(reversed, Path.of("content"), Map.of()))
                .write(reversed(ReportFixture.FINDINGS), reversed(ReportFixture.SOURCES), ReportFixture.STATS);

        for (ReportFile file : ReportFile.values()) {
            assertThat(reversed.resolve(file.fileName())).hasSameBinaryContentAs(inOrder.resolve(file.fileName()));
        }
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
