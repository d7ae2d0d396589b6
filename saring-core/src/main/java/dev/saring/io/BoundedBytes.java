package dev.saring.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.Arrays;

/**
 * Collects the bytes of a stream up to a bound, and stops reading as soon as the bound is passed. What was
 * read stays available when the stream fails part-way.
 */
final class BoundedBytes {

    private static final int MIN_CAPACITY = 1 << 12;
    private static final int MAX_INITIAL_CAPACITY = 1 << 20;

    private final int max;
    private byte[] buf;
    private int len;

    /** @param sizeHint the expected size, or -1; never trusted beyond a first allocation */
    BoundedBytes(int max, long sizeHint) {
        this.max = max;
        long first = sizeHint >= 0 ? Math.min(sizeHint, (long) max) + 1 : MIN_CAPACITY;
        this.buf = new byte[(int) Math.max(1, Math.min(first, MAX_INITIAL_CAPACITY))];
    }

    /** Reads to the end of {@code in}; false if it holds more than the bound (the rest is left unread). */
    boolean readFrom(InputStream in) throws IOException {
        while (true) {
            if (!ensureRoom()) return false;
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) return len <= max;
            len += n;
        }
    }

    /** Reads to the end of {@code ch}; false if it holds more than the bound (the rest is left unread). */
    boolean readFrom(ReadableByteChannel ch) throws IOException {
        while (true) {
            if (!ensureRoom()) return false;
            int n = ch.read(ByteBuffer.wrap(buf, len, buf.length - len));
            if (n < 0) return len <= max;
            len += n;
        }
    }

    /** Grows the buffer if full; false once more than {@code max} bytes are held. */
    private boolean ensureRoom() {
        if (len > max) return false;
        if (len == buf.length) {
            // max + 1 bytes are enough to know that the bound is passed.
            buf = Arrays.copyOf(buf, (int) Math.min(Math.max((long) buf.length * 2, MIN_CAPACITY), (long) max + 1));
        }
        return true;
    }

    int length() {
        return len;
    }

    /** The bytes read, in an array of exactly that length (the buffer itself when it fits exactly). */
    byte[] toArray() {
        return len == buf.length ? buf : Arrays.copyOf(buf, len);
    }
}
