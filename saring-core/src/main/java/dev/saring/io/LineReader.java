package dev.saring.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into {@code '\n'}-terminated lines (a trailing {@code '\r'} is dropped) and knows the
 * byte offset and 1-based number of each. A line longer than the bound is never held whole: it is passed
 * over up to its newline and reported with {@link #tooLong()}. Not thread-safe.
 */
final class LineReader {

    private static final int INITIAL_BUFFER_BYTES = 1 << 16;

    private final InputStream in;
    private final int maxLineBytes;
    private byte[] buf = new byte[INITIAL_BUFFER_BYTES];
    private int pos;
    private int limit;
    private boolean eof;

    private long nextOffset;
    private long nextNumber = 1;

    private int lineStart;
    private int lineLength;
    private long lineOffset;
    private long lineNumber;
    private boolean tooLong;

    LineReader(InputStream in, int maxLineBytes) {
        this(in, maxLineBytes, 0, 1);
    }

    /** A reader of a stream that starts at byte {@code offset} of a file, with line number {@code number}. */
    LineReader(InputStream in, int maxLineBytes, long offset, long number) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.nextOffset = offset;
        this.nextNumber = number;
    }

    /**
     * Advances to the next line; false at the end of the stream. A last line without a newline counts.
     * If the stream fails, the exception propagates and {@link #pendingOffset()} / {@link #pendingNumber()}
     * say where the unfinished line started.
     */
    boolean next() throws IOException {
        int scanFrom = pos;
        while (true) {
            int nl = indexOfNewline(scanFrom, limit);
            if (nl >= 0) {
                setLine(pos, nl - pos, nl + 1 - pos);
                pos = nl + 1;
                return true;
            }
            if (limit - pos > maxLineBytes + 1) {   // + 1: room for a '\r' before the newline
                skipRestOfLongLine();
                return true;
            }
            if (eof) {
                if (pos == limit) return false;
                setLine(pos, limit - pos, limit - pos);
                pos = limit;
                return true;
            }
            scanFrom = limit - pos;
            compactAndGrow();
            scanFrom += pos;
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) eof = true;
            else limit += n;
        }
    }

    /** The current line's bytes are {@code bytes()[start() .. start()+length())}; valid until the next call. */
    byte[] bytes() {
        return buf;
    }

    int start() {
        return lineStart;
    }

    int length() {
        return lineLength;
    }

    /** Byte offset of the current line's first byte. */
    long offset() {
        return lineOffset;
    }

    /** 1-based number of the current line. */
    long number() {
        return lineNumber;
    }

    /** Whether the current line was longer than the bound and passed over; then it has no bytes. */
    boolean tooLong() {
        return tooLong;
    }

    /** Offset where the line being read now (or the next one) starts. */
    long pendingOffset() {
        return nextOffset;
    }

    /** Number of the line being read now (or the next one). */
    long pendingNumber() {
        return nextNumber;
    }

    private void setLine(int start, int contentLength, int consumed) {
        int len = contentLength;
        if (len > 0 && buf[start + len - 1] == '\r') len--;
        lineStart = start;
        lineLength = len;
        tooLong = len > maxLineBytes;
        if (tooLong) lineLength = 0;
        lineOffset = nextOffset;
        lineNumber = nextNumber;
        nextOffset += consumed;
        nextNumber++;
    }

    private void skipRestOfLongLine() throws IOException {
        long skipped = 0;
        while (true) {
            int nl = indexOfNewline(pos, limit);
            if (nl >= 0) {
                skipped += nl + 1 - pos;
                pos = nl + 1;
                break;
            }
            skipped += limit - pos;
            pos = 0;
            limit = 0;
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                eof = true;
                break;
            }
            limit = n;
        }
        lineStart = 0;
        lineLength = 0;
        tooLong = true;
        lineOffset = nextOffset;
        lineNumber = nextNumber;
        nextOffset += skipped;
        nextNumber++;
    }

    /** Moves unread bytes to the front and doubles the buffer if it is full (bounded by the line limit). */
    private void compactAndGrow() {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            // maxLineBytes + 2 holds the longest allowed line with its "\r\n".
            long wanted = Math.min((long) buf.length * 2, (long) maxLineBytes + 2);
            var bigger = new byte[(int) Math.max(wanted, buf.length + 1L)];
            System.arraycopy(buf, 0, bigger, 0, limit);
            buf = bigger;
        }
    }

    private int indexOfNewline(int from, int to) {
        byte[] b = buf;
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') return i;
        }
        return -1;
    }
}
