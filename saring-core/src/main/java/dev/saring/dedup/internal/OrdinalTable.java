package dev.saring.dedup.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Records of {@code width} longs, sorted by their first long (a document ordinal), kept in a file and
 * found by ordinal through a sparse in-memory index (the first ordinal of every block of
 * {@value #BLOCK_RECORDS} records): the heap holds 8 bytes per block, not per record. Lookups are
 * thread-safe (positional reads).
 *
 * <pre>{@code
 * OrdinalTable t = OrdinalTable.write(dir.resolve("decisions.bin"), 3, sortedCursor);
 * long[] recs = t.lookup(doc.source().ordinal());   // width longs per matching record, or empty
 * }</pre>
 */
public final class OrdinalTable implements Closeable {

    static final int BLOCK_RECORDS = 128;
    private static final long[] NONE = new long[0];

    private final Path file;
    private final FileChannel ch;
    private final int width;
    private final long records;
    private final long[] blockFirst;
    private final ThreadLocal<BlockCache> caches;

    private OrdinalTable(Path file, int width, long records, long[] blockFirst) throws IOException {
        this.file = file;
        this.width = width;
        this.records = records;
        this.blockFirst = blockFirst;
        this.ch = records == 0 ? null : FileChannel.open(file, StandardOpenOption.READ);
        int blockBytes = BLOCK_RECORDS * width * Long.BYTES;
        this.caches = ThreadLocal.withInitial(() -> new BlockCache(ByteBuffer.allocate(blockBytes)));
    }

    /** Writes the records of {@code sorted} (ascending by field 0) to {@code file} and opens the table. */
    public static OrdinalTable write(Path file, int width, RecordCursor sorted) throws IOException {
        var w = writer(file, width);
        long[] rec = new long[width];
        while (sorted.next()) {
            sorted.copyTo(rec, 0);
            w.add(rec);
        }
        return w.finish();
    }

    /** A writer for records given in ascending order of field 0. */
    public static Writer writer(Path file, int width) throws IOException {
        return new Writer(file, width);
    }

    /** Writes a table record by record; {@link #finish()} opens it for lookups. */
    public static final class Writer {
        private final Path file;
        private final int width;
        private final RecordWriter out;
        private long n;
        private long[] first = new long[16];
        private long previous = Long.MIN_VALUE;

        private Writer(Path file, int width) throws IOException {
            this.file = file;
            this.width = width;
            Files.createDirectories(file.getParent());
            this.out = new RecordWriter(file, width);
        }

        /** Appends one record ({@code width} longs); ordinals must not decrease. */
        public void add(long[] rec) throws IOException {
            if (rec[0] < previous) throw new IllegalStateException("records are not sorted by ordinal at " + n);
            previous = rec[0];
            if (n % BLOCK_RECORDS == 0) {
                int b = (int) (n / BLOCK_RECORDS);
                if (b == first.length) first = Arrays.copyOf(first, b * 2);
                first[b] = rec[0];
            }
            out.write(rec, 0);
            n++;
        }

        public OrdinalTable finish() throws IOException {
            out.close();
            int blocks = (int) ((n + BLOCK_RECORDS - 1) / BLOCK_RECORDS);
            return new OrdinalTable(file, width, n, Arrays.copyOf(first, blocks));
        }
    }

    public long size() {
        return records;
    }

    /** The records whose first field is {@code ordinal}, {@code width} longs each, in file order. */
    public long[] lookup(long ordinal) throws IOException {
        if (records == 0) return NONE;
        // Last block that starts before the ordinal: matches may begin there and run into later blocks.
        int lo = 0;
        int hi = blockFirst.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (blockFirst[mid] < ordinal) lo = mid + 1;
            else hi = mid;
        }
        int b = Math.max(0, lo - 1);
        long[] out = NONE;
        int found = 0;
        BlockCache cache = caches.get();
        ByteBuffer buf = cache.buf;
        for (int block = b; block < blockFirst.length; block++) {
            if (blockFirst[block] > ordinal) break;
            long start = (long) block * BLOCK_RECORDS;
            int n = (int) Math.min(BLOCK_RECORDS, records - start);
            if (cache.block != block) {
                cache.block = -1;
                buf.clear().limit(n * width * Long.BYTES);
                long pos = start * width * Long.BYTES;
                while (buf.hasRemaining()) {
                    int r = ch.read(buf, pos + buf.position());
                    if (r < 0) throw new IOException(file + ": truncated at block " + block);
                }
                cache.block = block;
            }
            for (int i = 0; i < n; i++) {
                long ord = buf.getLong(i * width * Long.BYTES);
                if (ord < ordinal) continue;
                if (ord > ordinal) return found == 0 ? NONE : Arrays.copyOf(out, found * width);
                if ((found + 1) * width > out.length) out = Arrays.copyOf(out, Math.max(width, out.length * 2));
                for (int f = 0; f < width; f++) out[found * width + f] = buf.getLong((i * width + f) * Long.BYTES);
                found++;
            }
        }
        return found == 0 ? NONE : Arrays.copyOf(out, found * width);
    }

    @Override
    public void close() throws IOException {
        if (ch != null) ch.close();
        Files.deleteIfExists(file);
    }

    /** The last block one thread read: runners apply deciders in input order, so the next lookup is often in it. */
    private static final class BlockCache {
        final ByteBuffer buf;
        int block = -1;

        BlockCache(ByteBuffer buf) {
            this.buf = buf;
        }
    }
}
