package dev.saring.dedup;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import dev.saring.text.Words;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures of texts over word n-gram shingles.
 *
 * <p>Words come from {@link Words#ROOT} (the tokenizer the quality filters count with), NFC, case folded
 * code point by code point and, optionally, with digits masked. Each word is hashed in place (FNV-1a over
 * its folded code points), the hashes of {@code ngram} consecutive words are combined into a 64-bit
 * shingle hash ({@link Murmur3#fmix64} finalised), folded to 32 bits, and put through {@code permutations}
 * hash functions {@code h_i(x) = (a_i * x + b_i mod 2^32) >>> 1} with odd {@code a_i}; the signature keeps
 * the minimum of each. Values are 31-bit so that the minimum is a branch-free subtraction the JIT
 * vectorises. A text with fewer words than {@code ngram} has one shingle of all its words; a text
 * without words has no signature.
 *
 * <p>A {@code MinHasher} is immutable and shareable; a {@link Signer} holds the buffers of one thread.
 *
 * <pre>{@code
 * MinHasher mh = MinHasher.of(5, 112, 1);
 * MinHasher.Signer signer = mh.newSigner();   // one per thread
 * int[] sig = new int[112];
 * int words = signer.sign("Harga cabai naik lagi di pasar induk", sig);
 * MinHasher.similarity(sig, otherSig);       // estimated Jaccard of the shingle sets
 * }</pre>
 */
public final class MinHasher {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long SHINGLE_MULTIPLIER = 0x9E3779B97F4A7C15L;
    private static final int ASCII_END = 0x80;
    private static final int ASCII_CASE_OFFSET = 'a' - 'A';

    private final int ngram;
    private final int permutations;
    private final long seed;
    private final boolean maskDigits;
    private final int[] mul;
    private final int[] add;

    private MinHasher(int ngram, int permutations, long seed, boolean maskDigits) {
        if (ngram < 1) throw new IllegalArgumentException("ngram must be >= 1, was " + ngram);
        if (permutations < 1) throw new IllegalArgumentException("permutations must be >= 1, was " + permutations);
        this.ngram = ngram;
        this.permutations = permutations;
        this.seed = seed;
        this.maskDigits = maskDigits;
        this.mul = new int[permutations];
        this.add = new int[permutations];
        var rnd = new SplittableRandom(seed);
        for (int i = 0; i < permutations; i++) {
            mul[i] = rnd.nextInt() | 1;
            add[i] = rnd.nextInt();
        }
    }

    /** Shingles of {@code ngram} words, {@code permutations} hash functions drawn from {@code seed}; digits kept. */
    public static MinHasher of(int ngram, int permutations, long seed) {
        return new MinHasher(ngram, permutations, seed, false);
    }

    public MinHasher withMaskDigits(boolean mask) {
        return new MinHasher(ngram, permutations, seed, mask);
    }

    public int ngram() {
        return ngram;
    }

    public int permutations() {
        return permutations;
    }

    public long seed() {
        return seed;
    }

    public boolean maskDigits() {
        return maskDigits;
    }

    /** A new signer: not thread-safe, reuse one per thread. */
    public Signer newSigner() {
        return new Signer();
    }

    /** The share of equal positions of two signatures: the estimated Jaccard similarity of their texts. */
    public static double similarity(int[] a, int[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("signatures of different lengths");
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) same++;
        }
        return (double) same / a.length;
    }

    @Override
    public String toString() {
        return "MinHasher[ngram=" + ngram + ", permutations=" + permutations + ", seed=" + seed
                + (maskDigits ? ", digits masked" : "") + "]";
    }

    /** Computes signatures with reusable buffers; one per thread. */
    public final class Signer implements Words.SpanSink {
        private final Normalizer2 nfc = Normalizer2.getNFCInstance();
        private final int[] sig = new int[permutations];
        private final long[] ring = new long[ngram];
        private String text;
        private int words;

        private Signer() {
        }

        /**
         * Writes the signature of {@code text} to {@code out} (length {@link #permutations()}) and returns
         * the number of words; 0 means no words and leaves {@code out} unspecified.
         */
        public int sign(String text, int[] out) {
            this.text = nfc.isNormalized(text) ? text : nfc.normalize(text);
            this.words = 0;
            Arrays.fill(sig, Integer.MAX_VALUE);
            Words.ROOT.forEachSpan(this.text, this);
            int n = words;
            if (n > 0 && n < ngram) permute(shingle(n));
            this.text = null;
            if (n > 0) System.arraycopy(sig, 0, out, 0, permutations);
            return n;
        }

        /** One word: hashed in place, then the shingle ending at it, if complete, is permuted. */
        @Override
        public void accept(int start, int end) {
            ring[words % ngram] = wordHash(text, start, end);
            words++;
            if (words >= ngram) permute(shingle(ngram));
        }

        /** Hash of the last {@code n} words, oldest first. */
        private long shingle(int n) {
            long h = 0;
            for (int j = 0; j < n; j++) {
                h = (h + ring[(words - n + j) % ngram]) * SHINGLE_MULTIPLIER;
            }
            return Murmur3.fmix64(h ^ n);
        }

        private void permute(long shingle) {
            int x = (int) (shingle ^ (shingle >>> 32));
            int[] s = sig;
            int[] a = mul;
            int[] b = add;
            for (int i = 0; i < s.length; i++) {
                int v = (a[i] * x + b[i]) >>> 1;
                int d = v - s[i];
                s[i] += d & (d >> 31);
            }
        }

        private long wordHash(String t, int start, int end) {
            long h = FNV_OFFSET;
            for (int i = start; i < end; ) {
                int c = t.charAt(i);
                if (c < ASCII_END) {
                    i++;
                    if (c >= 'A' && c <= 'Z') c += ASCII_CASE_OFFSET;
                    else if (maskDigits && c >= '1' && c <= '9') c = '0';
                } else {
                    c = t.codePointAt(i);
                    i += Character.charCount(c);
                    c = maskDigits && UCharacter.isDigit(c) ? '0' : UCharacter.foldCase(c, UCharacter.FOLD_CASE_DEFAULT);
                }
                h = (h ^ c) * FNV_PRIME;
            }
            return h;
        }
    }
}
