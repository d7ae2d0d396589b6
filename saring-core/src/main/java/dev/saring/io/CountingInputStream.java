package dev.saring.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it: the compressed bytes consumed, for {@link DocumentReader#bytesRead()}.
 * Not thread-safe, like the reader that owns it.
 *
 * <pre>{@code
 * var counted = new CountingInputStream(Files.newInputStream(path));
 * InputStream in = Compression.open(counted);
 * ... counted.count();   // bytes of the file consumed so far
 * }</pre>
 */
public final class CountingInputStream extends FilterInputStream {

    private long count;

    public CountingInputStream(InputStream in) {
        super(in);
    }

    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) count++;
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) count += n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = in.skip(n);
        count += skipped;
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
