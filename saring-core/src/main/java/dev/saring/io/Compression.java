package dev.saring.io;

import com.github.luben.zstd.ZstdInputStreamNoFinalizer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The compression of an input, told by its first bytes and never by its name: a {@code .gz} that is
 * plain text and a {@code .txt} that is gzip are both read right.
 *
 * <pre>{@code
 * try (InputStream in = Compression.open(Path.of("crawl/part-0.jsonl.gz"))) {
 *     in.transferTo(System.out);   // the decompressed bytes, all gzip members in turn
 * }
 * }</pre>
 */
public enum Compression {
    /** Plain bytes. */
    NONE,
    /** gzip ({@code 1f 8b}), one member or many concatenated (as in per-record WARC files). */
    GZIP,
    /** Zstandard ({@code 28 b5 2f fd}), one frame or many. */
    ZSTD;

    /** Bytes needed by {@link #sniff(byte[], int)} to tell every format apart. */
    public static final int MAGIC_BYTES = 4;

    private static final int GZIP_ID1 = 0x1f;
    private static final int GZIP_ID2 = 0x8b;
    private static final int[] ZSTD_MAGIC = {0x28, 0xb5, 0x2f, 0xfd};
    private static final int READ_BUFFER_BYTES = 1 << 16;

    /** The compression whose magic number starts {@code head[0..length)}; {@link #NONE} if none does. */
    public static Compression sniff(byte[] head, int length) {
        if (length >= 2 && (head[0] & 0xff) == GZIP_ID1 && (head[1] & 0xff) == GZIP_ID2) return GZIP;
        if (length >= ZSTD_MAGIC.length) {
            boolean zstd = true;
            for (int i = 0; i < ZSTD_MAGIC.length; i++) zstd &= (head[i] & 0xff) == ZSTD_MAGIC[i];
            if (zstd) return ZSTD;
        }
        return NONE;
    }

    /** The compression of a file, from its first bytes. */
    public static Compression of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(MAGIC_BYTES);
            return sniff(head, head.length);
        }
    }

    /**
     * Decompresses {@code raw}, which must start with this compression's magic number. Truncated or corrupt
     * data makes a later {@code read} throw ({@link java.io.EOFException} when the data just stops), after
     * every byte that could be decoded has been returned. The returned stream closes {@code raw}.
     */
    public InputStream decompress(InputStream raw) throws IOException {
        return switch (this) {
            case NONE -> raw;
            case GZIP -> new GzipMembersInputStream(raw);
            case ZSTD -> new ZstdInputStreamNoFinalizer(raw);
        };
    }

    /** Opens a file, sniffs its compression and returns its decompressed bytes. */
    public static InputStream open(Path file) throws IOException {
        return open(Files.newInputStream(file));
    }

    /** Sniffs the compression of {@code raw} and returns its decompressed bytes; closes {@code raw} when closed. */
    public static InputStream open(InputStream raw) throws IOException {
        var in = new BufferedInputStream(raw, READ_BUFFER_BYTES);
        try {
            in.mark(MAGIC_BYTES);
            byte[] head = in.readNBytes(MAGIC_BYTES);
            in.reset();
            return sniff(head, head.length).decompress(in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }
}
