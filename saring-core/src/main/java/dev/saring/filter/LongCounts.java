package dev.saring.filter;

import java.util.Arrays;

/**
 * Counts of 64-bit keys (n-gram hashes) in an open-addressing table sized for a known number of
 * insertions, which also tracks the most frequent key, ties going to the one seen first (as Python's
 * {@code Counter.most_common} does). {@link #clear()} readies it for the next n. One per call: not
 * thread-safe.
 */
final class LongCounts {

    private static final long EMPTY = 0;
    /** Key stored in place of a hash that happens to be {@link #EMPTY}. */
    private static final long ZERO_STAND_IN = 0x9E3779B97F4A7C15L;

    private final long[] keys;
    private final int[] counts;
    private final int[] first;
    private final int mask;
    private int bestCount;
    private int bestFirst;

    LongCounts(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new long[cap];
        counts = new int[cap];
        first = new int[cap];
        mask = cap - 1;
    }

    void clear() {
        Arrays.fill(keys, EMPTY);
        Arrays.fill(counts, 0);
        bestCount = 0;
        bestFirst = -1;
    }

    /** Adds one to {@code key}'s count, first seen at {@code position} if new. */
    void add(long key, int position) {
        int i = slot(key);
        int c = ++counts[i];
        if (c == 1) first[i] = position;
        if (c > bestCount || (c == bestCount && first[i] < bestFirst)) {
            bestCount = c;
            bestFirst = first[i];
        }
    }

    /** Whether {@code key} was added; adds it if not. */
    boolean containsOrAdd(long key) {
        int i = slot(key);
        if (counts[i] > 0) return true;
        counts[i] = 1;
        return false;
    }

    /** Where the most frequent key was first seen, or -1 if none was added. */
    int firstOfMostCommon() {
        return bestFirst;
    }

    /** How often the most frequent key was added. */
    int mostCommonCount() {
        return bestCount;
    }

    private int slot(long key) {
        long k = key == EMPTY ? ZERO_STAND_IN : key;
        int i = (int) (k ^ (k >>> 32)) & mask;
        for (long at = keys[i]; at != k; at = keys[i]) {
            if (at == EMPTY) {
                keys[i] = k;
                return i;
            }
            i = (i + 1) & mask;
        }
        return i;
    }
}
