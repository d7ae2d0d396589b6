package dev.saring.filter;

/**
 * Counts of 64-bit keys (n-gram hashes) in an open-addressing table sized for a known number of
 * insertions; remembers where each key was first seen, to break ties the way Python's {@code Counter} does.
 * One instance per call: not thread-safe.
 */
final class LongCounts {

    private static final long EMPTY = 0;
    /** Key stored in place of a hash that happens to be {@link #EMPTY}. */
    private static final long ZERO_STAND_IN = 0x9E3779B97F4A7C15L;

    private final long[] keys;
    private final int[] counts;
    private final int[] first;
    private final int mask;

    LongCounts(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new long[cap];
        counts = new int[cap];
        first = new int[cap];
        mask = cap - 1;
    }

    /** Adds one to {@code key}'s count (first seen at {@code position}); returns the new count. */
    int add(long key, int position) {
        int i = slot(key);
        counts[i]++;
        if (counts[i] == 1) first[i] = position;
        return counts[i];
    }

    /** Whether {@code key} was added; adds it if not. */
    boolean containsOrAdd(long key) {
        int i = slot(key);
        if (counts[i] > 0) return true;
        counts[i] = 1;
        return false;
    }

    /** The first position of the key with the highest count, ties going to the earliest. */
    int firstOfMostCommon() {
        int best = -1;
        for (int i = 0; i < keys.length; i++) {
            if (counts[i] == 0) continue;
            if (best < 0 || counts[i] > counts[best] || (counts[i] == counts[best] && first[i] < first[best])) best = i;
        }
        return best < 0 ? -1 : first[best];
    }

    int countAt(long key) {
        return counts[slot(key)];
    }

    private int slot(long key) {
        long k = key == EMPTY ? ZERO_STAND_IN : key;
        int i = (int) (k ^ (k >>> 32)) & mask;
        while (keys[i] != EMPTY && keys[i] != k) i = (i + 1) & mask;
        keys[i] = k;
        return i;
    }
}
