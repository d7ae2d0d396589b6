package dev.saring.clean;

import java.util.Arrays;

/**
 * Counts per 64-bit key in two primitive arrays with open addressing: 12 bytes a slot, no boxing. Key 0 is
 * reserved for empty slots (callers never produce it: see {@link #nonZero}). Not thread-safe.
 */
final class LongCounts {

    static final int BYTES_PER_SLOT = Long.BYTES + Integer.BYTES;
    private static final int MIN_CAPACITY = 1 << 10;
    private static final double MAX_LOAD = 0.6;

    private long[] keys;
    private int[] counts;
    private int size;

    LongCounts() {
        this(MIN_CAPACITY);
    }

    LongCounts(int capacity) {
        int c = Integer.highestOneBit(Math.max(MIN_CAPACITY, capacity) - 1) << 1;
        keys = new long[c];
        counts = new int[c];
    }

    /** A key that is never 0, so that 0 can mark an empty slot. */
    static long nonZero(long h) {
        return h == 0 ? 1 : h;
    }

    int size() {
        return size;
    }

    /** Bytes the arrays take. */
    long bytes() {
        return (long) keys.length * BYTES_PER_SLOT;
    }

    /** Bytes the arrays would take after the next growth. */
    long bytesAfterGrowth() {
        return (long) keys.length * 2 * BYTES_PER_SLOT;
    }

    boolean wouldGrow() {
        return size + 1 > keys.length * MAX_LOAD;
    }

    void add(long key, int delta) {
        if (wouldGrow()) grow();
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
        if (keys[i] == 0) {
            keys[i] = key;
            size++;
        }
        counts[i] += delta;
    }

    int get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) return counts[i];
        }
        return 0;
    }

    /** The keys in increasing order with their counts, as two parallel arrays. */
    long[][] sorted() {
        long[] k = new long[size];
        int n = 0;
        for (long key : keys) {
            if (key != 0) k[n++] = key;
        }
        Arrays.sort(k);
        long[] c = new long[size];
        for (int i = 0; i < size; i++) c[i] = get(k[i]);
        return new long[][] {k, c};
    }

    void clear() {
        Arrays.fill(keys, 0);
        Arrays.fill(counts, 0);
        size = 0;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] ok = keys;
        int[] oc = counts;
        keys = new long[ok.length * 2];
        counts = new int[ok.length * 2];
        size = 0;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] != 0) add(ok[i], oc[i]);
        }
    }
}
