package dev.saring.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Decompresses a gzip stream of one or more members. Unlike {@link java.util.zip.GZIPInputStream}, a member
 * cut anywhere (in its header, its data or its trailer) and bytes after the last member that are not a gzip
 * header are errors, never a silent end of stream: a truncated input must be told from a complete one.
 * Every byte decoded before the problem is returned first. Each call to {@code read} consumes input,
 * produces output or throws, so a damaged stream cannot loop.
 */
final class GzipMembersInputStream extends InputStream {

    private static final int BUFFER_BYTES = 1 << 16;
    private static final int ID1 = 0x1f;
    private static final int ID2 = 0x8b;
    private static final int CM_DEFLATE = 8;
    private static final int FIXED_HEADER_BYTES = 10;
    private static final int TRAILER_BYTES = 8;
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final long UINT32 = 0xffffffffL;

    private final InputStream in;
    private final byte[] buf = new byte[BUFFER_BYTES];
    private int pos;
    private int limit;
    private long consumedBefore;   // input bytes that left buf before buf[0]
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private boolean inMember;
    private boolean ended;
    private IOException failure;
    private long members;
    private final byte[] single = new byte[1];

    GzipMembersInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        int n;
        do {
            n = read(single, 0, 1);
        } while (n == 0);
        return n < 0 ? -1 : single[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (failure != null) throw failure;
        try {
            return readMembers(b, off, len);
        } catch (IOException e) {
            // the stream's place is lost with its first error (a trailer cut short leaves the inflater finished
            // and the buffer empty): every later read reports that error again instead of reading on from nowhere
            failure = e;
            throw e;
        }
    }

    private int readMembers(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        while (true) {
            if (ended) return -1;
            if (!inMember) {
                if (!startMember()) {
                    ended = true;
                    return -1;
                }
                continue;
            }
            if (inflater.needsInput()) {
                if (pos == limit && !fill()) throw new EOFException("gzip stream ends inside member " + (members + 1)
                        + " at compressed offset " + offset());
                inflater.setInput(buf, pos, limit - pos);
                pos = limit;
            }
            int n;
            try {
                n = inflater.inflate(b, off, len);
            } catch (DataFormatException e) {
                throw new ZipException("corrupt gzip data in member " + (members + 1) + ": " + e.getMessage());
            }
            if (n > 0) crc.update(b, off, n);
            if (inflater.finished()) {
                pos = limit - inflater.getRemaining();
                endMember();
            } else if (n == 0 && inflater.needsDictionary()) {
                throw new ZipException("gzip member " + (members + 1) + " needs a preset dictionary");
            }
            if (n > 0) return n;
        }
    }

    /** Reads the next member header; false at a clean end of input. */
    private boolean startMember() throws IOException {
        if (pos == limit && !fill()) {
            if (members == 0) throw new EOFException("empty gzip stream");
            return false;
        }
        long start = offset();
        int id1 = nextByte(start);
        int id2 = nextByte(start);
        if (id1 != ID1 || id2 != ID2) {
            throw new ZipException(members == 0 ? "not in gzip format"
                    : "bytes after gzip member " + members + " at compressed offset " + start + " are not gzip");
        }
        int cm = nextByte(start);
        if (cm != CM_DEFLATE) throw new ZipException("unsupported gzip compression method " + cm + " at offset " + start);
        int flags = nextByte(start);
        for (int i = 4; i < FIXED_HEADER_BYTES; i++) nextByte(start);   // mtime, xfl, os
        if ((flags & FEXTRA) != 0) {
            int xlen = nextByte(start) | nextByte(start) << 8;
            for (int i = 0; i < xlen; i++) nextByte(start);
        }
        if ((flags & FNAME) != 0) skipZeroTerminated(start);
        if ((flags & FCOMMENT) != 0) skipZeroTerminated(start);
        if ((flags & FHCRC) != 0) {
            nextByte(start);
            nextByte(start);
        }
        inflater.reset();
        crc.reset();
        inMember = true;
        return true;
    }

    private void endMember() throws IOException {
        long start = offset();
        long expectedCrc = 0;
        long expectedSize = 0;
        for (int i = 0; i < TRAILER_BYTES / 2; i++) expectedCrc |= (long) nextTrailerByte(start) << (8 * i);
        for (int i = 0; i < TRAILER_BYTES / 2; i++) expectedSize |= (long) nextTrailerByte(start) << (8 * i);
        members++;
        inMember = false;
        if (expectedCrc != crc.getValue()) {
            throw new ZipException("gzip member " + members + " fails its CRC check");
        }
        if (expectedSize != (inflater.getBytesWritten() & UINT32)) {
            throw new ZipException("gzip member " + members + " has the wrong length");
        }
    }

    private void skipZeroTerminated(long start) throws IOException {
        while (nextByte(start) != 0) {
            // skip the field
        }
    }

    private int nextByte(long headerStart) throws IOException {
        if (pos == limit && !fill()) {
            throw new EOFException("gzip stream ends inside the header of member " + (members + 1) + " at offset " + headerStart);
        }
        return buf[pos++] & 0xff;
    }

    private int nextTrailerByte(long trailerStart) throws IOException {
        if (pos == limit && !fill()) {
            throw new EOFException("gzip stream ends inside the trailer of member " + (members + 1) + " at offset " + trailerStart);
        }
        return buf[pos++] & 0xff;
    }

    /** Refills the empty buffer; false at end of input. */
    private boolean fill() throws IOException {
        consumedBefore += limit;
        pos = 0;
        limit = 0;
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) return false;
        limit = n;
        return true;
    }

    private long offset() {
        return consumedBefore + pos;
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        in.close();
    }
}
