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
    private static final int MAX_INITIAL_CAPACITY = 1 << 22;

    private final int max;
    private byte[] buf;
    private int len;

    /**
     * @param sizeHint the expected size, or -1; never trusted beyond a first allocation. When it is exact
     *                 (and at most 4 MiB), {@link #toArray()} returns the buffer without a copy.
     */
    BoundedBytes(int max, long sizeHint) {
        this.max = max;
        long first = sizeHint >= 0 ? Math.min(sizeHint, (long) max + 1) : MIN_CAPACITY;
        this.buf = new byte[(int) Math.max(1, Math.min(first, MAX_INITIAL_CAPACITY))];
    }

    /** Reads to the end of {@code in}; false if it holds more than the bound (the rest is left unread). */
    boolean readFrom(InputStream in) throws IOException {
        while (len <= max) {
            if (len == buf.length) {
                // Full: when the size hint was exact the stream ends here, and the buffer needs no copy.
                int b = in.read();
                if (b < 0) return true;
                grow();
                buf[len++] = (byte) b;
                continue;
            }
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) return true;
            len += n;
        }
        return false;
    }

    /** Reads to the end of {@code ch}; false if it holds more than the bound (the rest is left unread). */
    boolean readFrom(ReadableByteChannel ch) throws IOException {
        ByteBuffer probe = null;
        while (len <= max) {
            if (len == buf.length) {
                if (probe == null) probe = ByteBuffer.allocate(1);
                probe.clear();
                int n = ch.read(probe);
                if (n < 0) return true;
                if (n == 0) continue;
                grow();
                buf[len++] = probe.get(0);
                continue;
            }
            int n = ch.read(ByteBuffer.wrap(buf, len, buf.length - len));
            if (n < 0) return true;
            len += n;
        }
        return false;
    }

    private void grow() {
        // max + 1 bytes are enough to know that the bound is passed.
        buf = Arrays.copyOf(buf, (int) Math.min(Math.max((long) buf.length * 2, MIN_CAPACITY), (long) max + 1));
    }

    int length() {
        return len;
    }

    /** The bytes read, in an array of exactly that length (the buffer itself when it fits exactly). */
    byte[] toArray() {
        return len == buf.length ? buf : Arrays.copyOf(buf, len);
    }
}
