package dev.saring.dedup.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Sorts records of {@code width} longs by their first {@code keyWidth} longs (signed, lexicographic), in
 * bounded memory: records are buffered in one {@code long[]} up to a memory bound, then sorted and
 * written as a run file; {@link #sorted()} merges the runs (k-way, several levels when there are very
 * many). Records with equal keys come out in an unspecified order, so callers put everything that must
 * be ordered into the key.
 *
 * <p>{@link #add} is thread-safe; the thread whose record fills the buffer sorts and spills it while the
 * others wait. {@link #sorted()} is called once, after the last add.
 *
 * <pre>{@code
 * try (var s = new ExternalSorter(dir, "bands", 2, 2, 64 << 20)) {
 *     s.add(new long[] {key, ordinal}, 0, 1);
 *     try (RecordCursor c = s.sorted()) { while (c.next()) ... }
 * }
 * }</pre>
 */
public final class ExternalSorter implements Closeable {

    /** Runs merged at once; more are first merged in groups of this size into longer runs. */
    static final int MAX_FAN_IN = 64;
    private static final int MIN_RECORDS_IN_MEMORY = 64;
    private static final int MIN_READ_BUFFER = 16 << 10;
    private static final int MAX_READ_BUFFER = 1 << 20;
    private static final int INDEX_BYTES = Integer.BYTES;

    private final Path dir;
    private final String name;
    private final int width;
    private final int keyWidth;
    private final long memoryBytes;
    private final int capacity;
    private long[] buffer;
    private int count;
    private long total;
    private final List<Path> runs = new ArrayList<>();
    private int runNumber;
    private boolean finished;

    /**
     * @param dir         where run files go (created if missing)
     * @param name        prefix of the run files
     * @param width       longs per record
     * @param keyWidth    leading longs compared when sorting, 1..width
     * @param memoryBytes bound on the in-memory buffer (records plus sort index)
     */
    public ExternalSorter(Path dir, String name, int width, int keyWidth, long memoryBytes) {
        if (width < 1) throw new IllegalArgumentException("width must be >= 1, was " + width);
        if (keyWidth < 1 || keyWidth > width) {
            throw new IllegalArgumentException("keyWidth must be in [1, " + width + "], was " + keyWidth);
        }
        this.dir = dir;
        this.name = name;
        this.width = width;
        this.keyWidth = keyWidth;
        this.memoryBytes = memoryBytes;
        long perRecord = (long) width * Long.BYTES + INDEX_BYTES;
        long fit = Math.max(MIN_RECORDS_IN_MEMORY, memoryBytes / perRecord);
        this.capacity = (int) Math.min(fit, (Integer.MAX_VALUE - 8) / width);
    }

    /** Adds {@code records} records from {@code from[offset..]}. */
    public synchronized void add(long[] from, int offset, int records) throws IOException {
        if (finished) throw new IllegalStateException(name + ": add after sorted()");
        if (buffer == null) buffer = new long[Math.min(capacity, Math.max(MIN_RECORDS_IN_MEMORY, records * 1024)) * width];
        for (int r = 0; r < records; r++) {
            if (count == capacity) spill();
            if ((count + 1) * width > buffer.length) grow();
            System.arraycopy(from, offset + r * width, buffer, count * width, width);
            count++;
            total++;
        }
    }

    /** Records added so far. */
    public synchronized long size() {
        return total;
    }

    /** Run files written so far (for tests of the spill path). */
    public synchronized int runCount() {
        return runs.size();
    }

    /** All records in key order. Call once, after the last {@link #add}. */
    public synchronized RecordCursor sorted() throws IOException {
        if (finished) throw new IllegalStateException(name + ": sorted() called twice");
        finished = true;
        int[] order = sortBuffer();
        if (runs.isEmpty()) {
            long[] data = buffer == null ? new long[0] : buffer;
            buffer = null;
            return new MemoryCursor(data, order, width);
        }
        if (count > 0) writeRun(order);
        buffer = null;
        while (runs.size() > MAX_FAN_IN) mergeLevel();
        return open(runs);
    }

    private void grow() {
        long next = Math.min((long) capacity * width, Math.max(buffer.length * 2L, (long) width * MIN_RECORDS_IN_MEMORY));
        buffer = java.util.Arrays.copyOf(buffer, (int) next);
    }

    private void spill() throws IOException {
        writeRun(sortBuffer());
        count = 0;
    }

    private int[] sortBuffer() {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) order[i] = i;
        if (buffer != null) PrimitiveSort.sortIndex(order, buffer, width, keyWidth);
        return order;
    }

    private void writeRun(int[] order) throws IOException {
        Files.createDirectories(dir);
        Path run = dir.resolve(String.format("%s-run-%05d.bin", name, runNumber++));
        try (var out = new RecordWriter(run, width)) {
            for (int i : order) out.write(buffer, i * width);
        }
        runs.add(run);
    }

    private void mergeLevel() throws IOException {
        var next = new ArrayList<Path>();
        for (int from = 0; from < runs.size(); from += MAX_FAN_IN) {
            List<Path> group = runs.subList(from, Math.min(runs.size(), from + MAX_FAN_IN));
            Path merged = dir.resolve(String.format("%s-run-%05d.bin", name, runNumber++));
            long[] rec = new long[width];
            try (RecordCursor c = open(group); var out = new RecordWriter(merged, width)) {
                while (c.next()) {
                    c.copyTo(rec, 0);
                    out.write(rec, 0);
                }
            }
            for (Path p : group) Files.deleteIfExists(p);
            next.add(merged);
        }
        runs.clear();
        runs.addAll(next);
    }

    private RecordCursor open(List<Path> files) throws IOException {
        int recordBytes = width * Long.BYTES;
        long perRun = memoryBytes / Math.max(1, 2L * files.size());
        int bufBytes = (int) Math.max(MIN_READ_BUFFER, Math.min(MAX_READ_BUFFER, perRun));
        bufBytes = Math.max(recordBytes, bufBytes / recordBytes * recordBytes);
        var readers = new ArrayList<RunReader>();
        for (Path f : files) readers.add(new RunReader(f, width, bufBytes));
        return new MergeCursor(readers, width, keyWidth);
    }

    @Override
    public synchronized void close() throws IOException {
        buffer = null;
        for (Path p : runs) Files.deleteIfExists(p);
        runs.clear();
    }

    @Override
    public String toString() {
        return "ExternalSorter[" + name + ", width=" + width + ", key=" + keyWidth + ", capacity=" + capacity + "]";
    }

    /** Reads one run file sequentially. */
    private static final class RunReader implements Closeable {
        private final FileChannel ch;
        private final ByteBuffer buf;
        private final long[] current;
        private final int width;

        RunReader(Path file, int width, int bufBytes) throws IOException {
            this.ch = FileChannel.open(file, StandardOpenOption.READ);
            this.buf = ByteBuffer.allocate(bufBytes);
            this.buf.limit(0);
            this.width = width;
            this.current = new long[width];
        }

        boolean next() throws IOException {
            if (buf.remaining() < width * Long.BYTES) {
                buf.compact();
                while (buf.position() < width * Long.BYTES) {
                    if (ch.read(buf) < 0) {
                        buf.flip();
                        if (buf.hasRemaining()) throw new IOException("truncated run file: " + buf.remaining() + " stray bytes");
                        return false;
                    }
                }
                buf.flip();
            }
            for (int i = 0; i < width; i++) current[i] = buf.getLong();
            return true;
        }

        @Override
        public void close() throws IOException {
            ch.close();
        }
    }

    /** K-way merge of sorted runs with a binary heap of reader indices. */
    private static final class MergeCursor implements RecordCursor {
        private final List<RunReader> readers;
        private final int width;
        private final int keyWidth;
        private final int[] heap;
        private int heapSize;
        private long[] current;
        private boolean started;

        MergeCursor(List<RunReader> readers, int width, int keyWidth) throws IOException {
            this.readers = readers;
            this.width = width;
            this.keyWidth = keyWidth;
            this.heap = new int[readers.size()];
            for (int i = 0; i < readers.size(); i++) {
                if (readers.get(i).next()) heap[heapSize++] = i;
            }
            for (int i = heapSize / 2 - 1; i >= 0; i--) siftDown(i);
        }

        @Override
        public boolean next() throws IOException {
            if (started && heapSize > 0) {
                RunReader top = readers.get(heap[0]);
                if (!top.next()) heap[0] = heap[--heapSize];
                if (heapSize > 0) siftDown(0);
            }
            started = true;
            if (heapSize == 0) {
                current = null;
                return false;
            }
            current = readers.get(heap[0]).current;
            return true;
        }

        @Override
        public long get(int i) {
            return current[i];
        }

        @Override
        public void copyTo(long[] dst, int offset) {
            System.arraycopy(current, 0, dst, offset, width);
        }

        private void siftDown(int i) {
            while (true) {
                int l = 2 * i + 1;
                if (l >= heapSize) return;
                int smallest = l;
                int r = l + 1;
                if (r < heapSize && less(heap[r], heap[l])) smallest = r;
                if (!less(heap[smallest], heap[i])) return;
                int t = heap[i];
                heap[i] = heap[smallest];
                heap[smallest] = t;
                i = smallest;
            }
        }

        private boolean less(int a, int b) {
            long[] x = readers.get(a).current;
            long[] y = readers.get(b).current;
            for (int k = 0; k < keyWidth; k++) {
                int c = Long.compare(x[k], y[k]);
                if (c != 0) return c < 0;
            }
            return a < b;
        }

        @Override
        public void close() throws IOException {
            for (RunReader r : readers) r.close();
        }
    }

    /** The in-memory case: one sorted buffer, no files. */
    private static final class MemoryCursor implements RecordCursor {
        private final long[] data;
        private final int[] order;
        private final int width;
        private int pos = -1;
        private int base;

        MemoryCursor(long[] data, int[] order, int width) {
            this.data = data;
            this.order = order;
            this.width = width;
        }

        @Override
        public boolean next() {
            if (++pos >= order.length) return false;
            base = order[pos] * width;
            return true;
        }

        @Override
        public long get(int i) {
            return data[base + i];
        }

        @Override
        public void copyTo(long[] dst, int offset) {
            System.arraycopy(data, base, dst, offset, width);
        }
    }
}
