package dev.saring.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/**
 * A channel over a stream with one stream read per channel read. {@link java.nio.channels.Channels#newChannel}
 * loops over several stream reads, and when a later one throws (a cut zstd frame), the bytes of the earlier
 * ones are lost with it; here every byte decoded before a failure reaches the caller first.
 */
final class StreamChannel implements ReadableByteChannel {

    private final InputStream in;
    private boolean open = true;

    StreamChannel(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if (!dst.hasRemaining()) return 0;
        int n;
        if (dst.hasArray()) {
            n = in.read(dst.array(), dst.arrayOffset() + dst.position(), dst.remaining());
            if (n > 0) dst.position(dst.position() + n);
        } else {
            byte[] tmp = new byte[dst.remaining()];
            n = in.read(tmp);
            if (n > 0) dst.put(tmp, 0, n);
        }
        return n;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() throws IOException {
        open = false;
        in.close();
    }
}
