package dev.saring.extract.internal;

import java.util.Map;

/**
 * An immutable open-addressing map from short lower-case words to {@code int} values, looked up by a
 * range of a {@code char[]} so that scanning class names allocates nothing. Safe to share across threads.
 */
final class TokenTable {

    private static final int LOAD_FACTOR_INVERSE = 4;
    private static final int HASH_MULTIPLIER = 31;

    private final char[][] keys;
    private final int[] values;
    private final int mask;

    TokenTable(Map<String, Integer> entries) {
        int size = Integer.highestOneBit(Math.max(16, entries.size() * LOAD_FACTOR_INVERSE) - 1) << 1;
        keys = new char[size][];
        values = new int[size];
        mask = size - 1;
        entries.forEach((k, v) -> {
            char[] key = k.toCharArray();
            int slot = hash(key, key.length) & mask;
            while (keys[slot] != null) slot = (slot + 1) & mask;
            keys[slot] = key;
            values[slot] = v;
        });
    }

    static int hash(char[] buf, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) h = HASH_MULTIPLIER * h + buf[i];
        return h ^ (h >>> 16);
    }

    /** The value of the word {@code buf[0..len)}, or 0 when it is not in the table. */
    int get(char[] buf, int len) {
        int slot = hash(buf, len) & mask;
        for (char[] k = keys[slot]; k != null; slot = (slot + 1) & mask, k = keys[slot]) {
            if (k.length == len && equal(k, buf, len)) return values[slot];
        }
        return 0;
    }

    private static boolean equal(char[] k, char[] buf, int len) {
        for (int i = 0; i < len; i++) {
            if (k[i] != buf[i]) return false;
        }
        return true;
    }
}
