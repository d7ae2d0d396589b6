package dev.saring.eval;

/**
 * How one predicted text overlaps its gold text, as shares of all shingles seen on the page:
 * {@code tp + fp + fn == 1}, or all three zero when neither text has a shingle. Normalising per page keeps
 * long pages from weighing more than short ones.
 *
 * <pre>{@code
 * ShingleMatch m = ExtractionScorer.zyte().match("a b c d e", "a b c d");
 * m.precision();   // 1.0
 * m.recall();      // 0.5
 * }</pre>
 *
 * @param tp shingles in both texts (counted with multiplicity)
 * @param fp shingles only in the prediction
 * @param fn shingles only in the gold text
 */
public record ShingleMatch(double tp, double fp, double fn) {

    /** Both texts empty: a perfect match. */
    public static final ShingleMatch NOTHING = new ShingleMatch(0, 0, 0);

    /** Precision as the benchmark defines it: 1 when nothing is wrong, 0 when nothing is right. */
    public double precision() {
        if (fp == 0 && fn == 0) return 1;
        if (tp == 0 && fp == 0) return 0;
        return tp / (tp + fp);
    }

    /** Recall as the benchmark defines it: 1 when nothing is wrong, 0 when nothing was found. */
    public double recall() {
        if (fp == 0 && fn == 0) return 1;
        if (tp == 0 && fn == 0) return 0;
        return tp / (tp + fn);
    }

    /** Whether the prediction has shingles at all: pages without output do not count toward precision. */
    public boolean hasPrediction() {
        return tp + fp > 0;
    }

    /** Whether the gold text has shingles: pages with an empty gold text do not count toward recall. */
    public boolean hasGold() {
        return tp + fn > 0;
    }

    /** Whether prediction and gold have exactly the same shingles. */
    public boolean exact() {
        return fp == 0 && fn == 0;
    }

    /** Per-page F1 of {@link #precision()} and {@link #recall()}, 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
