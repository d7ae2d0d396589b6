package dev.saring.io;

import java.nio.charset.StandardCharsets;

/** Strict UTF-8 checks for readers that must say when they replaced bad bytes with U+FFFD. */
final class Utf8 {

    private static final int ASCII_LIMIT = 0x80;
    private static final int CONTINUATION_MASK = 0xc0;
    private static final int CONTINUATION = 0x80;

    private Utf8() {
    }

    /**
     * Whether {@code b[off..off+len)} is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates,
     * nothing above U+10FFFF): exactly the bytes that {@link #decode} returns without a replacement.
     */
    static boolean isValid(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c < ASCII_LIMIT) {
                i++;
                continue;
            }
            int need;
            int min;
            int max;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                min = 0x80;
                max = 0xbf;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                // E0 forbids overlongs, ED forbids surrogates: they narrow the second byte's range.
                min = c == 0xe0 ? 0xa0 : 0x80;
                max = c == 0xed ? 0x9f : 0xbf;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                // F0 forbids overlongs, F4 forbids code points above U+10FFFF.
                min = c == 0xf0 ? 0x90 : 0x80;
                max = c == 0xf4 ? 0x8f : 0xbf;
            } else {
                return false;
            }
            if (i + need >= end) return false;   // the sequence is cut off by the end
            int second = b[i + 1] & 0xff;
            if (second < min || second > max) return false;
            for (int k = 2; k <= need; k++) {
                if ((b[i + k] & CONTINUATION_MASK) != CONTINUATION) return false;
            }
            i += need + 1;
        }
        return true;
    }

    /** The bytes as text, each malformed sequence replaced by U+FFFD. */
    static String decode(byte[] b, int off, int len) {
        return new String(b, off, len, StandardCharsets.UTF_8);
    }
}
