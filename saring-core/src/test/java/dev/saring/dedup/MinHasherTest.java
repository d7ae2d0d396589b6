package dev.saring.dedup;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MinHasherTest {

    private final MinHasher mh = MinHasher.of(5, 112, 1);
    private final MinHasher.Signer signer = mh.newSigner();

    @Test
    void caseAndPunctuationDoNotChangeTheSignature() {
        int[] a = new int[112];
        int[] b = new int[112];
        assertThat(signer.sign("Harga cabai naik lagi di pasar induk Kramat Jati.", a)).isEqualTo(9);
        signer.sign("harga CABAI naik -- lagi di pasar, induk kramat jati!", b);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void digitsMatterUnlessMasked() {
        int[] a = new int[112];
        int[] b = new int[112];
        signer.sign("skor akhir 2 banding 1 untuk tuan rumah", a);
        signer.sign("skor akhir 3 banding 0 untuk tuan rumah", b);
        assertThat(MinHasher.similarity(a, b)).isLessThan(1.0);
        var masked = mh.withMaskDigits(true).newSigner();
        masked.sign("skor akhir 2 banding 1 untuk tuan rumah", a);
        masked.sign("skor akhir 3 banding 0 untuk tuan rumah", b);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void aTextWithoutWordsHasNoSignatureAndAShortOneHasOne() {
        int[] a = new int[112];
        assertThat(signer.sign(" -- !! ", a)).isZero();
        assertThat(signer.sign("dua kata", a)).isEqualTo(2);
        int[] b = new int[112];
        signer.sign("Dua  kata.", b);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void estimatedSimilarityTracksTheJaccardOfShingleSets() {
        var rnd = new Random(7);
        List<String> base = words(rnd, 400);
        for (double keepShare : new double[] {0.95, 0.8, 0.6, 0.3}) {
            List<String> other = new ArrayList<>(base);
            for (int i = 0; i < other.size(); i++) {
                if (rnd.nextDouble() > keepShare) other.set(i, "x" + rnd.nextInt(1_000_000));
            }
            double jaccard = jaccard(shingles(base), shingles(other));
            int[] a = new int[112];
            int[] b = new int[112];
            signer.sign(String.join(" ", base), a);
            signer.sign(String.join(" ", other), b);
            // Standard error of a 112-permutation estimate is at most 0.05: allow 4 of them.
            assertThat(MinHasher.similarity(a, b)).isCloseTo(jaccard, within(0.19));
        }
    }

    static List<String> words(Random rnd, int n) {
        var out = new ArrayList<String>();
        for (int i = 0; i < n; i++) out.add("w" + rnd.nextInt(100_000));
        return out;
    }

    static Set<String> shingles(List<String> words) {
        var out = new HashSet<String>();
        for (int i = 0; i + 5 <= words.size(); i++) out.add(String.join(" ", words.subList(i, i + 5)));
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        var inter = new HashSet<>(a);
        inter.retainAll(b);
        return (double) inter.size() / (a.size() + b.size() - inter.size());
    }
}
