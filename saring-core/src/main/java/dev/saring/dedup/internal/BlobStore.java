package dev.saring.dedup.internal;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Append-only file of strings (document ids), each addressed by one long ({@code offset << 24 | length}).
 * Appends are synchronized; reads, after {@link #finishWriting()}, are positional and thread-safe.
 *
 * <pre>{@code
 * long ref = store.append("doc-17");
 * store.finishWriting();
 * store.read(ref);   // "doc-17"
 * }</pre>
 */
public final class BlobStore implements Closeable {

    private static final int LENGTH_BITS = 24;
    private static final int MAX_LENGTH = (1 << LENGTH_BITS) - 1;
    private static final int WRITE_BUFFER = 1 << 16;

    private final Path file;
    private OutputStream out;
    private volatile FileChannel reader;
    private long size;

    public BlobStore(Path file) throws IOException {
        this.file = file;
        Files.createDirectories(file.getParent());
        this.out = new BufferedOutputStream(Files.newOutputStream(file), WRITE_BUFFER);
    }

    /** Stores {@code s} (UTF-8, cut to 16 MiB) and returns its reference. */
    public synchronized long append(String s) throws IOException {
        if (out == null) throw new IllegalStateException("append after finishWriting()");
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int len = Math.min(b.length, MAX_LENGTH);
        out.write(b, 0, len);
        long ref = size << LENGTH_BITS | len;
        size += len;
        return ref;
    }

    /** Ends appending and opens the file for reads. */
    public synchronized void finishWriting() throws IOException {
        if (out != null) {
            out.close();
            out = null;
            reader = FileChannel.open(file, StandardOpenOption.READ);
        }
    }

    /** The string stored under {@code ref}. */
    public String read(long ref) throws IOException {
        FileChannel ch = reader;
        if (ch == null) throw new IllegalStateException("read before finishWriting()");
        int len = (int) (ref & MAX_LENGTH);
        long pos = ref >>> LENGTH_BITS;
        ByteBuffer buf = ByteBuffer.allocate(len);
        while (buf.hasRemaining()) {
            if (ch.read(buf, pos + buf.position()) < 0) throw new IOException(file + ": no string at " + pos);
        }
        return new String(buf.array(), StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void close() throws IOException {
        if (out != null) out.close();
        if (reader != null) reader.close();
        out = null;
        reader = null;
        Files.deleteIfExists(file);
    }
}
