package dev.saring.dedup;

/**
 * Locality-sensitive hashing of MinHash signatures: {@code bands} bands of {@code rows} values each; two
 * documents become candidates when all the rows of at least one band are equal, which happens with
 * probability {@code 1 - (1 - s^rows)^bands} at Jaccard similarity {@code s}. FineWeb's 14 x 8 puts the
 * steepest point near {@code (1/14)^(1/8)}, about 0.72.
 *
 * <pre>{@code
 * LshBands lsh = new LshBands(14, 8);
 * lsh.candidateProbability(0.8);   // 0.924
 * long key = lsh.key(sig, 3);      // 64-bit key of band 3
 * }</pre>
 */
public record LshBands(int bands, int rows) {

    private static final long BAND_SEED = 0x2545F4914F6CDD1DL;
    private static final long ROW_MULTIPLIER = 0x9E3779B97F4A7C15L;
    private static final long LOW_32 = 0xffffffffL;

    public LshBands {
        if (bands < 1) throw new IllegalArgumentException("bands must be >= 1, was " + bands);
        if (rows < 1) throw new IllegalArgumentException("rows must be >= 1, was " + rows);
    }

    /** Signature length: {@code bands * rows}. */
    public int permutations() {
        return bands * rows;
    }

    /** The 64-bit key of band {@code band}: its rows and its index hashed, so bands never share keys. */
    public long key(int[] sig, int band) {
        long h = Murmur3.fmix64(BAND_SEED + band);
        int from = band * rows;
        for (int r = 0; r < rows; r++) {
            h = (h ^ (sig[from + r] & LOW_32)) * ROW_MULTIPLIER;
            h ^= h >>> 29;
        }
        return Murmur3.fmix64(h);
    }

    /** Probability that two documents of Jaccard similarity {@code s} share at least one band. */
    public double candidateProbability(double s) {
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }

    /** The similarity where the candidate probability rises fastest, about {@code (1/bands)^(1/rows)}. */
    public double threshold() {
        return Math.pow(1.0 / bands, 1.0 / rows);
    }
}
