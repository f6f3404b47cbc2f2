package dev.evergreen.render;

import java.nio.charset.StandardCharsets;

/**
 * A 64-bit FNV-1a digest of text, the same in every JVM (unlike a record's or an enum's
 * {@code hashCode}), so that a digest stored in a build cache still means the same thing in the next
 * process.
 */
final class Digest {

    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Digest() {
    }

    static long of(long digest, String text) {
        long value = digest;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            value = (value ^ (b & 0xff)) * FNV_PRIME;
        }
        // The length separates "ab"+"c" from "a"+"bc".
        return (value ^ text.length()) * FNV_PRIME;
    }
}
