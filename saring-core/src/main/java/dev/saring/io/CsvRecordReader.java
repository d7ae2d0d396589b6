package dev.saring.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a CSV byte stream into records: a record ends at a newline outside quotes, so a quoted field may
 * span lines. Knows the byte offset and the 1-based first line of each record, and never holds more than
 * the bound: a longer record is passed over up to its end and reported with {@link #tooLarge()}. A
 * {@code '\r'} before a newline is dropped, inside quotes too, so CRLF files give the same fields as LF ones.
 * The fields themselves are parsed elsewhere ({@link CsvDocumentReader}); this class only has to agree with
 * RFC 4180 on where a quoted field starts (the first character of a field) and ends (a quote not doubled).
 * Not thread-safe.
 */
final class CsvRecordReader {

    private static final int CHUNK_BYTES = 1 << 16;
    private static final int INITIAL_RECORD_BYTES = 1 << 12;

    private final InputStream in;
    private final byte separator;
    private final int maxRecordBytes;
    private final byte[] chunk = new byte[CHUNK_BYTES];
    private int pos;
    private int limit;
    private boolean eof;

    private byte[] record = new byte[INITIAL_RECORD_BYTES];
    private int length;
    private boolean tooLarge;
    private boolean unterminated;
    private long offset;
    private long line;

    private long nextOffset;
    private long nextLine = 1;

    CsvRecordReader(InputStream in, char separator, int maxRecordBytes) {
        if (separator > 0x7f || separator == '"' || separator == '\n' || separator == '\r') {
            throw new IllegalArgumentException("separator must be an ASCII character other than a quote or a line break, was " + (int) separator);
        }
        this.in = in;
        this.separator = (byte) separator;
        this.maxRecordBytes = maxRecordBytes;
    }

    /**
     * Advances to the next record; false at the end of the stream. A last record without a newline counts.
     * If the stream fails, the exception propagates and {@link #pendingOffset()} / {@link #pendingLine()} say
     * where the unfinished record started.
     */
    boolean next() throws IOException {
        length = 0;
        tooLarge = false;
        unterminated = false;
        offset = nextOffset;
        line = nextLine;
        boolean quoted = false;
        boolean fieldStart = true;
        boolean closedQuote = false;
        long consumed = 0;
        long newlines = 0;
        while (true) {
            if (pos == limit && !fill()) {
                if (consumed == 0) return false;
                unterminated = quoted;
                nextOffset += consumed;
                nextLine += newlines + 1;
                return true;
            }
            byte b = chunk[pos++];
            consumed++;
            if (b == '\n') {
                dropCarriageReturn();
                if (!quoted) {
                    nextOffset += consumed;
                    nextLine += newlines + 1;
                    return true;
                }
                newlines++;
            } else if (quoted) {
                if (b == '"') {
                    quoted = false;
                    closedQuote = true;
                }
            } else {
                // a quote opens a field at its start; right after a closing quote it is a doubled one
                if (b == '"' && (fieldStart || closedQuote)) quoted = true;
                closedQuote = false;
                fieldStart = b == separator;
            }
            store(b);
        }
    }

    /** The current record's bytes are {@code bytes()[0 .. length())}, without its newline; valid until the next call. */
    byte[] bytes() {
        return record;
    }

    int length() {
        return length;
    }

    /** Byte offset of the current record's first byte. */
    long offset() {
        return offset;
    }

    /** 1-based number of the line the current record starts on. */
    long line() {
        return line;
    }

    /** Whether the current record was longer than the bound and passed over; then it has no bytes. */
    boolean tooLarge() {
        return tooLarge;
    }

    /** Whether the stream ended inside a quoted field of the current record. */
    boolean unterminated() {
        return unterminated;
    }

    /** Offset where the record being read now (or the next one) starts. */
    long pendingOffset() {
        return offset;
    }

    /** Line where the record being read now (or the next one) starts. */
    long pendingLine() {
        return line;
    }

    private boolean fill() throws IOException {
        if (eof) return false;
        int n = in.read(chunk, 0, chunk.length);
        if (n <= 0) {
            // read() blocks until at least one byte or the end: 0 only for an empty array
            eof = true;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    private void store(byte b) {
        if (tooLarge) return;
        if (length == maxRecordBytes) {
            tooLarge = true;
            length = 0;
            return;
        }
        if (length == record.length) {
            var bigger = new byte[(int) Math.min((long) record.length * 2, maxRecordBytes)];
            System.arraycopy(record, 0, bigger, 0, length);
            record = bigger;
        }
        record[length++] = b;
    }

    private void dropCarriageReturn() {
        if (length > 0 && record[length - 1] == '\r') length--;
    }
}
