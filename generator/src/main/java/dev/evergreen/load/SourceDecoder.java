package dev.evergreen.load;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.SourcePos;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Turns the bytes of a Markdown file into the text every later stage sees: strict UTF-8 (a bad byte is
 * reported at its line, not silently replaced), no byte-order mark, {@code \n} line endings.
 */
final class SourceDecoder {

    Optional<Source> decode(Path relative, Path file, List<Finding> findings) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            findings.add(ContentFinding.error(SourcePos.wholeFile(relative), "unreadable",
                    "cannot read the file: " + e.getMessage()));
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = lineAt(bytes, in.position());
            findings.add(ContentFinding.error(new SourcePos(relative, line, 0), "encoding",
                    "the file is not valid UTF-8 (byte 0x" + String.format("%02X", bytes[in.position()] & 0xff)
                            + " at line " + line + "); save it as UTF-8"));
            return Optional.empty();
        }
        out.flip();
        return Optional.of(new Source(relative, file, normalise(out.toString())));
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (withoutBom.indexOf('\r') < 0) {
            return withoutBom;
        }
        return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

}
