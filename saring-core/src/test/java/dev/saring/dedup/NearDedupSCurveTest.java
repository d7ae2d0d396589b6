package dev.saring.dedup;

import dev.saring.model.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Correctness against brute force: 20,000 generated documents with 5,000 planted pairs of known Jaccard
 * similarity, deduplicated with the default settings on 2 threads in shuffled order. Prints the measured
 * S-curve (detection rate per similarity bucket) beside the LSH theory without verification.
 */
class NearDedupSCurveTest {

    private static final long SEED = 20_260_601;
    private static final int PAIRS = 5_000;
    private static final int SINGLETONS = 10_000;
    private static final double MIN_JACCARD = 0.2;
    private static final double BUCKET = 0.05;

    @TempDir
    Path work;

    @Test
    void pairsAbove80PercentAreFoundAndPairsBelow50PercentAreNeverMerged() throws IOException {
        var corpus = new PlantedCorpus(SEED, PAIRS, SINGLETONS, MIN_JACCARD);
        NearDedupPass pass = NearDedupPass.defaults();
        List<Outcome> out = PassRunner.run(pass, corpus.docs, work, 2, SEED, PassRunner.ROOMY);

        int buckets = (int) Math.round((1 - MIN_JACCARD) / BUCKET);
        int[] total = new int[buckets];
        int[] found = new int[buckets];
        int high = 0;
        int highFound = 0;
        int lowMerged = 0;
        int[] partnerOf = new int[corpus.docs.size()];
        java.util.Arrays.fill(partnerOf, -1);
        for (var p : corpus.pairs) {
            partnerOf[p.first()] = p.second();
            partnerOf[p.second()] = p.first();
            boolean merged = droppedFor(out.get(p.second()), corpus.docs.get(p.first()).id())
                    || droppedFor(out.get(p.first()), corpus.docs.get(p.second()).id());
            int b = Math.min(buckets - 1, Math.max(0, (int) ((p.jaccard() - MIN_JACCARD) / BUCKET)));
            total[b]++;
            if (merged) found[b]++;
            if (p.jaccard() > 0.8) {
                high++;
                if (merged) highFound++;
            }
            if (p.jaccard() < 0.5 && merged) lowMerged++;
        }
        int falseMerges = 0;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof Outcome.Dropped d) {
                String keptId = d.document().meta().string("dup_of").orElseThrow();
                if (partnerOf[i] < 0 || !corpus.docs.get(partnerOf[i]).id().equals(keptId)) falseMerges++;
            }
        }

        var lsh = pass.bands();
        var table = new StringBuilder(String.format("%n%-11s %6s %6s %8s %8s%n", "jaccard", "pairs", "found", "rate", "lsh-only"));
        for (int b = 0; b < buckets; b++) {
            double lo = MIN_JACCARD + b * BUCKET;
            table.append(String.format("%.2f-%.2f %6d %6d %8.3f %8.3f%n", lo, lo + BUCKET, total[b], found[b],
                    total[b] == 0 ? 0 : (double) found[b] / total[b], lsh.candidateProbability(lo + BUCKET / 2)));
        }
        table.append(String.format("recall above 0.8: %d/%d = %.4f; merged below 0.5: %d; false merges: %d%n",
                highFound, high, (double) highFound / high, lowMerged, falseMerges));
        System.out.print(table);

        assertThat((double) highFound / high).as(table.toString()).isGreaterThanOrEqualTo(0.98);
        assertThat(lowMerged).as(table.toString()).isZero();
        assertThat(falseMerges).as(table.toString()).isZero();
    }

    /** True if {@code o} is a drop in favour of {@code keptId}: the pair was merged. */
    private static boolean droppedFor(Outcome o, String keptId) {
        return o instanceof Outcome.Dropped d && d.document().meta().string("dup_of").orElse("").equals(keptId);
    }
}
