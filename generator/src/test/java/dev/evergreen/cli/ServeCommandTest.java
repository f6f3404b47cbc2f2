package dev.evergreen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ServeCommandTest {

    @Test
    void servesUntilTheTimeLimitThenStops(@TempDir Path dir) throws Exception {
        Path source = Files.createDirectories(dir.resolve("site"));
        Files.writeString(source.resolve("site.yml"), "title: T\nbaseUrl: https://t.example.org/\nlanguage: en\n");
        Files.writeString(source.resolve("about.md"), "---\ntitle: About\n---\nHello.\n");
        Path output = dir.resolve("public");

        int exit = Main.run("serve", "--source", source.toString(), "--output", output.toString(), "--port", "0",
                "--stop-after", "1");

        assertThat(exit).isZero();
        assertThat(output.resolve("about/index.html")).exists();
    }

    @Test
    void anAddressInUseIsAUsageError(@TempDir Path dir) throws Exception {
        Path source = Files.createDirectories(dir.resolve("site"));
        Files.writeString(source.resolve("site.yml"), "title: T\nbaseUrl: https://t.example.org/\nlanguage: en\n");
        try (var taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int exit = Main.run("serve", "--source", source.toString(), "--output", dir.resolve("out").toString(),
                    "--port", String.valueOf(taken.getLocalPort()));

            assertThat(exit).isEqualTo(2);
        }
    }
}
