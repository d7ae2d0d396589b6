package dev.saring.dedup;

import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.pipeline.Params;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static dev.saring.dedup.ExactDedupPassTest.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NearDedupPassTest {

    @TempDir
    Path work;

    private static String article(Random rnd, int words) {
        var sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(letters(rnd.nextInt(50_000))).append(i % 11 == 10 ? ". " : " ");
        }
        return sb.toString().trim();
    }

    /** A word of letters only for {@code n}: digits would be masked by the default pass. */
    static String letters(int n) {
        var sb = new StringBuilder("ka");
        do {
            sb.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return sb.toString();
    }

    /** {@code text} with one word in {@code every} replaced. */
    private static String edited(String text, int every, Random rnd) {
        String[] w = text.split(" ");
        for (int i = every / 2; i < w.length; i += every) w[i] = "ganti" + letters(rnd.nextInt(1_000_000));
        return String.join(" ", w);
    }

    @Test
    void aLightlyEditedCopyIsDroppedWithTheKeptIdAndItsSimilarity() throws IOException {
        var rnd = new Random(3);
        String a = article(rnd, 300);
        var docs = List.of(doc("asli", 0, 0, a), doc("lain", 0, 1, article(rnd, 300)),
                doc("salinan", 1, 0, edited(a, 100, rnd)));
        List<Outcome> out = PassRunner.run(NearDedupPass.defaults(), docs, work);
        assertThat(out.get(0)).isInstanceOf(Outcome.Kept.class);
        assertThat(out.get(0).document().meta().get("dup_cluster_size")).contains(2);
        assertThat(out.get(1).document().meta().get("dup_cluster_size")).contains(1);
        var dropped = (Outcome.Dropped) out.get(2);
        assertThat(dropped.step()).isEqualTo("dedup-near");
        assertThat(dropped.reason()).isEqualTo("dedup:near");
        assertThat(dropped.document().meta().string("dup_of")).contains("asli");
        assertThat((Double) dropped.document().meta().get("dup_similarity").orElseThrow()).isBetween(0.75, 1.0);
    }

    @Test
    void keepLongestKeepsTheDocumentWithMoreWords() throws IOException {
        var rnd = new Random(4);
        String a = article(rnd, 300);
        String longer = a + " " + article(rnd, 20);
        var docs = List.of(doc("pendek", 0, 0, a), doc("panjang", 0, 1, longer));
        var pass = NearDedupPass.fromParams(Params.of("dedup-near", Map.of("keep", "longest")));
        List<Outcome> out = PassRunner.run(pass, docs, work);
        assertThat(out.get(0)).isInstanceOf(Outcome.Dropped.class);
        assertThat(out.get(0).document().meta().string("dup_of")).contains("panjang");
        assertThat(out.get(1).document().meta().get("dup_cluster_size")).contains(2);
    }

    @Test
    void clusterSizesAddTheSizesAnEarlierPassWrote() throws IOException {
        var rnd = new Random(5);
        String a = article(rnd, 200);
        var docs = List.of(doc("a", 0, 0, a).withMeta("dup_cluster_size", 3), doc("b", 0, 1, a));
        List<Outcome> out = PassRunner.run(NearDedupPass.defaults(), docs, work);
        assertThat(out.get(0).document().meta().get("dup_cluster_size")).contains(4);
    }

    @Test
    void textsWithoutWordsAreKeptAsSingletons() throws IOException {
        var docs = List.of(doc("a", 0, 0, "..."), doc("b", 0, 1, "..."));
        List<Outcome> out = PassRunner.run(NearDedupPass.defaults(), docs, work);
        assertThat(out).allMatch(o -> o instanceof Outcome.Kept && o.document().meta().get("dup_cluster_size").orElseThrow().equals(1));
    }

    @Test
    void theSameOutcomesWithOneOrFourThreadsAnyOrderAndATinyMemoryBoundThatSpills() throws IOException {
        var rnd = new Random(6);
        var docs = new ArrayList<Document>();
        var bases = new ArrayList<String>();
        for (int i = 0; i < 1500; i++) {
            String text = i % 3 == 0 || bases.isEmpty() ? article(rnd, 80 + rnd.nextInt(200))
                    : edited(bases.get(rnd.nextInt(bases.size())), 8 + rnd.nextInt(60), rnd);
            bases.add(text);
            docs.add(doc("d" + i, i % 4, i / 4, text));
        }
        var pass = NearDedupPass.defaults();
        var one = PassRunner.describe(PassRunner.run(pass, docs, work));
        for (long seed : new long[] {1, 2}) {
            var four = PassRunner.describe(PassRunner.run(pass, docs, work, 4, seed, PassRunner.ROOMY));
            assertThat(four).isEqualTo(one);
        }
        var tiny = PassRunner.describe(PassRunner.run(pass, docs, work, 3, 9, 16 << 10));
        assertThat(tiny).isEqualTo(one);
        assertThat(one.stream().filter(s -> s.contains(" drop ")).count()).isGreaterThan(300);
        try (var left = Files.list(work)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aTinyMemoryBoundReallySpills() throws IOException {
        var rnd = new Random(8);
        try (var run = NearDedupPass.defaults().start(new dev.saring.pipeline.PassContext(work, 8 << 10, 1))) {
            for (int i = 0; i < 400; i++) run.observe(doc("d" + i, 0, i, article(rnd, 50)));
            run.decider();
            assertThat(run.stats().spills()).isGreaterThan(10);
            assertThat(run.stats().documents()).isEqualTo(400);
        }
    }

    @Test
    void settingsAreReadByNameAndCheckedAtTheBoundary() {
        var p = NearDedupPass.fromParams(Params.of("dedup-near", Map.of("ngram", 3, "bands", 20, "rows", 5,
                "verify", false, "mask_digits", "no", "seed", 7)));
        assertThat(p.toString()).isEqualTo("NearDedup[ngram=3, bands=20, rows=5, seed=7, mask_digits=false, verify=off, keep=first]");
        assertThat(NearDedupPass.defaults().toString())
                .isEqualTo("NearDedup[ngram=5, bands=14, rows=8, seed=1, mask_digits=true, verify=0.7, keep=first]");
        assertThatThrownBy(() -> NearDedupPass.fromParams(Params.of("dedup-near", Map.of("threshold", 1.5))))
                .hasMessageContaining("dedup-near.threshold");
        assertThatThrownBy(() -> NearDedupPass.fromParams(Params.of("dedup-near", Map.of("keep", "last"))))
                .hasMessageContaining("dedup-near.keep");
    }

    @Test
    void aRunWithoutDocumentsDecidesAndCloses() throws IOException {
        assertThat(PassRunner.run(NearDedupPass.defaults(), List.of(), work)).isEmpty();
        assertThat(PassRunner.run(ExactDedupPass.defaults(), List.of(), work)).isEmpty();
        assertThat(PassRunner.run(ParagraphDedupPass.defaults(), List.of(), work)).isEmpty();
    }
}
