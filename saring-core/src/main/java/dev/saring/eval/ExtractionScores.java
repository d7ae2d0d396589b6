package dev.saring.eval;

import java.util.List;

/**
 * Benchmark totals over pages, computed as the Zyte article-extraction benchmark does ({@link #of}):
 * precision is the mean over pages that have output, recall the mean over pages that have a gold text, F1
 * the harmonic mean of those two means (not a mean of per-page F1), accuracy the share of pages matched
 * exactly; or as WCXB does ({@link #meanOfPages}): F1, precision and recall are means of the per-page
 * figures over all pages (a page without output scores 0).
 *
 * <pre>{@code
 * ExtractionScores s = ExtractionScores.of(List.of(scorer.match(gold, predicted)));
 * s.f1();
 * ExtractionScores.meanOfPages(matches).f1();   // mean per-page F1
 * }</pre>
 *
 * @param f1        harmonic mean of {@code precision} and {@code recall}
 * @param precision mean per-page precision over pages with output
 * @param recall    mean per-page recall over pages with a gold text
 * @param accuracy  share of pages whose shingles equal the gold's
 * @param pages     pages scored
 */
public record ExtractionScores(double f1, double precision, double recall, double accuracy, int pages) {

    /** Totals of these per-page matches; all zero for no pages. */
    public static ExtractionScores of(List<ShingleMatch> matches) {
        double pSum = 0;
        double rSum = 0;
        int pN = 0;
        int rN = 0;
        int exact = 0;
        for (ShingleMatch m : matches) {
            if (m.hasPrediction()) {
                pSum += m.precision();
                pN++;
            }
            if (m.hasGold()) {
                rSum += m.recall();
                rN++;
            }
            if (m.exact()) exact++;
        }
        double p = pN == 0 ? 0 : pSum / pN;
        double r = rN == 0 ? 0 : rSum / rN;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new ExtractionScores(f1, p, r, matches.isEmpty() ? 0 : (double) exact / matches.size(), matches.size());
    }

    /** Means of the per-page F1, precision and recall over all pages; all zero for no pages. */
    public static ExtractionScores meanOfPages(List<ShingleMatch> matches) {
        double f = 0;
        double p = 0;
        double r = 0;
        int exact = 0;
        for (ShingleMatch m : matches) {
            f += m.f1();
            p += m.precision();
            r += m.recall();
            if (m.exact()) exact++;
        }
        int n = matches.size();
        return n == 0 ? new ExtractionScores(0, 0, 0, 0, 0)
                : new ExtractionScores(f / n, p / n, r / n, (double) exact / n, n);
    }

    /** The totals of {@code matches} as {@code averaging} says. */
    public static ExtractionScores of(List<ShingleMatch> matches, Averaging averaging) {
        return averaging == Averaging.F1_OF_MEANS ? of(matches) : meanOfPages(matches);
    }

    /** How per-page figures become a benchmark's total. */
    public enum Averaging {
        /** The Zyte benchmark's: F1 of the mean precision and mean recall. */
        F1_OF_MEANS,
        /** WCXB's: the mean of the per-page F1. */
        MEAN_OF_PAGES
    }
}
