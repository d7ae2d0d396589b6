package dev.saring.dedup;

import java.nio.charset.StandardCharsets;

/**
 * MurmurHash3 x64_128 (Austin Appleby's public-domain algorithm, written here from its specification):
 * a fast non-cryptographic 128-bit hash. {@link #hash128(byte[], int, int, long)} gives the reference
 * values for bytes; {@link #hash128(CharSequence)} hashes the UTF-16LE encoding of a string without
 * allocating it.
 *
 * <pre>{@code
 * Murmur3.hash128("The quick brown fox jumps over the lazy dog".getBytes(UTF_8), 0);
 * // Hash128[h1=0xe34bbc7bbc071b6c, h2=0x7a433ca9c49a9347]
 * }</pre>
 */
public final class Murmur3 {

    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;
    private static final long FMIX_1 = 0xff51afd7ed558ccdL;
    private static final long FMIX_2 = 0xc4ceb9fe1a85ec53L;
    private static final int BLOCK_BYTES = 16;
    private static final int CHARS_PER_BLOCK = BLOCK_BYTES / Character.BYTES;

    private Murmur3() {
    }

    /** The hash of {@code bytes} with seed 0. */
    public static Hash128 hash128(byte[] bytes) {
        return hash128(bytes, 0, bytes.length, 0);
    }

    /** The hash of {@code bytes} with a seed (the reference takes a 32-bit seed; wider ones extend it). */
    public static Hash128 hash128(byte[] bytes, long seed) {
        return hash128(bytes, 0, bytes.length, seed);
    }

    /** The hash of the UTF-8 encoding of {@code text}, seed 0: equal to the reference on those bytes. */
    public static Hash128 hash128Utf8(String text) {
        return hash128(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The reference MurmurHash3 x64_128 of {@code len} bytes from {@code off}. */
    public static Hash128 hash128(byte[] data, int off, int len, long seed) {
        long h1 = seed;
        long h2 = seed;
        int blocks = len / BLOCK_BYTES;
        for (int b = 0; b < blocks; b++) {
            int i = off + b * BLOCK_BYTES;
            long k1 = littleEndianLong(data, i);
            long k2 = littleEndianLong(data, i + 8);
            h1 ^= mixK1(k1);
            h1 = Long.rotateLeft(h1, 27) + h2;
            h1 = h1 * 5 + 0x52dce729;
            h2 ^= mixK2(k2);
            h2 = Long.rotateLeft(h2, 31) + h1;
            h2 = h2 * 5 + 0x38495ab5;
        }
        int tail = off + blocks * BLOCK_BYTES;
        int rest = len - blocks * BLOCK_BYTES;
        long k1 = 0;
        long k2 = 0;
        for (int j = rest - 1; j >= 8; j--) {
            k2 = (k2 << 8) | (data[tail + j] & 0xffL);
        }
        for (int j = Math.min(rest, 8) - 1; j >= 0; j--) {
            k1 = (k1 << 8) | (data[tail + j] & 0xffL);
        }
        if (rest > 8) h2 ^= mixK2(k2);
        if (rest > 0) h1 ^= mixK1(k1);
        return finish(h1, h2, len);
    }

    /**
     * The hash of the UTF-16LE bytes of {@code text} (seed 0), read straight from its chars: equal to
     * {@code hash128(text.getBytes(UTF_16LE))}, without the copy.
     */
    public static Hash128 hash128(CharSequence text) {
        long h1 = 0;
        long h2 = 0;
        int n = text.length();
        int blocks = n / CHARS_PER_BLOCK;
        for (int b = 0; b < blocks; b++) {
            int i = b * CHARS_PER_BLOCK;
            long k1 = fourChars(text, i);
            long k2 = fourChars(text, i + 4);
            h1 ^= mixK1(k1);
            h1 = Long.rotateLeft(h1, 27) + h2;
            h1 = h1 * 5 + 0x52dce729;
            h2 ^= mixK2(k2);
            h2 = Long.rotateLeft(h2, 31) + h1;
            h2 = h2 * 5 + 0x38495ab5;
        }
        int tail = blocks * CHARS_PER_BLOCK;
        int rest = n - tail;
        long k1 = 0;
        long k2 = 0;
        for (int j = rest - 1; j >= 4; j--) {
            k2 = (k2 << 16) | text.charAt(tail + j);
        }
        for (int j = Math.min(rest, 4) - 1; j >= 0; j--) {
            k1 = (k1 << 16) | text.charAt(tail + j);
        }
        if (rest > 4) h2 ^= mixK2(k2);
        if (rest > 0) h1 ^= mixK1(k1);
        return finish(h1, h2, (long) n * Character.BYTES);
    }

    /** MurmurHash3's 64-bit finalizer: a bijection that spreads every input bit over the output. */
    public static long fmix64(long k) {
        k ^= k >>> 33;
        k *= FMIX_1;
        k ^= k >>> 33;
        k *= FMIX_2;
        k ^= k >>> 33;
        return k;
    }

    private static Hash128 finish(long h1, long h2, long len) {
        h1 ^= len;
        h2 ^= len;
        h1 += h2;
        h2 += h1;
        h1 = fmix64(h1);
        h2 = fmix64(h2);
        h1 += h2;
        h2 += h1;
        return new Hash128(h1, h2);
    }

    private static long mixK1(long k1) {
        k1 *= C1;
        k1 = Long.rotateLeft(k1, 31);
        return k1 * C2;
    }

    private static long mixK2(long k2) {
        k2 *= C2;
        k2 = Long.rotateLeft(k2, 33);
        return k2 * C1;
    }

    private static long littleEndianLong(byte[] b, int i) {
        return (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24
                | (b[i + 4] & 0xffL) << 32 | (b[i + 5] & 0xffL) << 40 | (b[i + 6] & 0xffL) << 48
                | (b[i + 7] & 0xffL) << 56;
    }

    private static long fourChars(CharSequence s, int i) {
        return (long) s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
                | (long) s.charAt(i + 3) << 48;
    }
}
