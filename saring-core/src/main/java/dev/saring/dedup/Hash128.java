package dev.saring.dedup;

/**
 * A 128-bit hash value as two longs, in the order MurmurHash3 x64_128 produces them.
 *
 * <pre>{@code
 * Hash128 h = Murmur3.hash128("halo dunia");
 * h.toHex();   // 32 hex digits, h1 then h2
 * }</pre>
 *
 * @param h1 the first 64 bits
 * @param h2 the second 64 bits
 */
public record Hash128(long h1, long h2) {

    /** Big-endian hex of {@code h1} followed by {@code h2}: 32 lower-case digits. */
    public String toHex() {
        return String.format("%016x%016x", h1, h2);
    }
}
