package dev.saring.dedup.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes fixed-width records of longs (big-endian) to a file through one large buffer.
 *
 * <pre>{@code
 * try (var out = new RecordWriter(file, 2)) { out.write(new long[] {key, ordinal}); }
 * }</pre>
 */
public final class RecordWriter implements Closeable {

    private static final int BUFFER_BYTES = 1 << 20;

    private final FileChannel ch;
    private final ByteBuffer buf;
    private final int width;

    public RecordWriter(Path file, int width) throws IOException {
        this.ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        this.width = width;
        int recordBytes = width * Long.BYTES;
        this.buf = ByteBuffer.allocate(Math.max(recordBytes, BUFFER_BYTES / recordBytes * recordBytes));
    }

    /** Writes {@code src[0..width)}. */
    public void write(long[] src) throws IOException {
        write(src, 0);
    }

    /** Writes {@code src[offset..offset+width)}. */
    public void write(long[] src, int offset) throws IOException {
        if (buf.remaining() < width * Long.BYTES) flush();
        for (int i = 0; i < width; i++) buf.putLong(src[offset + i]);
    }

    private void flush() throws IOException {
        buf.flip();
        while (buf.hasRemaining()) ch.write(buf);
        buf.clear();
    }

    @Override
    public void close() throws IOException {
        if (!ch.isOpen()) return;
        flush();
        ch.close();
    }
}
