package dev.saring.lang.internal;

/**
 * Open-addressing map from non-zero {@code long} keys to dense ids 0, 1, 2… in insertion order. Filled
 * once by one thread, then only read: reads are safe from many threads once it is published.
 */
final class LongIntTable {

    private static final int MIN_CAPACITY = 16;
    /** Fibonacci hashing multiplier (2^64 / golden ratio): spreads packed character codes well. */
    private static final long MIX = 0x9E3779B97F4A7C15L;

    private long[] keys;
    private int[] ids;
    private int size;
    private int shift;

    LongIntTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(MIN_CAPACITY, expected * 2 - 1)) << 1;
        keys = new long[cap];
        ids = new int[cap];
        shift = Long.numberOfLeadingZeros(cap - 1L);
    }

    int size() {
        return size;
    }

    /** The id of {@code key}, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) return ids[i];
            if (k == 0) return -1;
        }
    }

    /** The id of {@code key}, giving it the next id if it is new. */
    int idOf(long key) {
        if (key == 0) throw new IllegalArgumentException("key 0 is reserved");
        if ((size + 1) * 2 > keys.length) grow();
        int mask = keys.length - 1;
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) return ids[i];
            if (k == 0) {
                keys[i] = key;
                ids[i] = size;
                return size++;
            }
        }
    }

    private int slot(long key) {
        return (int) ((key * MIX) >>> shift);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldIds = ids;
        keys = new long[oldKeys.length * 2];
        ids = new int[oldIds.length * 2];
        shift = Long.numberOfLeadingZeros(keys.length - 1L);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == 0) continue;
            int i = slot(oldKeys[j]);
            while (keys[i] != 0) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            ids[i] = oldIds[j];
        }
    }

    @Override
    public String toString() {
        return "LongIntTable[" + size + " of " + keys.length + "]";
    }
}
