package dev.evergreen.build;

import dev.evergreen.load.Source;
import dev.evergreen.parse.MarkdownParser;
import dev.evergreen.parse.ParsedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParsedPageCodecTest {

    @TempDir
    Path codeRoot;

    @Test
    void aPageComesBackEqualWithItsFrontMatterValuesAndFindings() throws Exception {
        ParsedPage page = parse("""
                ---
                title: "Round trip"
                date: 2024-04-01 10:00
                updated: 2024-05-01T08:00:00Z
                tags: [a, b]
                categories: [[x, y], z]
                aliases: [/old/]
                authors: [Ann]
                draft: true
                rating: 4.5
                count: 12
                big: 123456789012345678901234567890
                off: false
                none: null
                nested: {list: [1, two, {deep: ~}], when: 2024-04-01}
                ---
                # Round trip 往返

                A plain ![](x.png) image[^1].

                [^1]: A note.

                <!-- more -->

                ```java file=Missing.java
                ```
                """);
        assertThat(page.frontMatter().extra()).containsEntry("big", new BigInteger("123456789012345678901234567890"))
                .containsEntry("rating", 4.5).containsKey("none");
        assertThat(page.findings()).extracting(f -> f.kind()).contains("alt-text", "code-include");
        assertThat(page.includes()).isNotEmpty();

        ParsedPage back = roundTrip(page);

        assertThat(back).isEqualTo(page.withoutText());
        assertThat(back.frontMatter().extra().get("nested")).isEqualTo(
                Map.of("list", List.of(1, "two", java.util.Collections.singletonMap("deep", null)), "when", "2024-04-01"));
        assertThatThrownBy(() -> ((Map<String, Object>) back.frontMatter().extra()).put("x", 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aValueOutsideYamlsPlainTypesCannotBeStored() {
        ParsedPage page = parse("---\ntitle: Set\nkinds: !!set {a, b}\n---\nText.\n");

        assertThatThrownBy(() -> ParsedPageCodec.write(new DataOutputStream(new ByteArrayOutputStream()), page))
                .isInstanceOf(ParsedPageCodec.Unsupported.class);
    }

    private ParsedPage parse(String text) {
        Path path = Path.of("posts", "page.md");
        return new MarkdownParser(ZoneId.of("Asia/Shanghai"), codeRoot).parse(new Source(path, codeRoot.resolve(path), text));
    }

    private static ParsedPage roundTrip(ParsedPage page) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ParsedPageCodec.write(new DataOutputStream(bytes), page);
        return ParsedPageCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())),
                page.source().withoutText());
    }
}
