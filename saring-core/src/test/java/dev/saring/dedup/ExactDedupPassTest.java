package dev.saring.dedup;

import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.model.Source;
import dev.saring.pipeline.Params;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExactDedupPassTest {

    @TempDir
    Path work;

    static Document doc(String id, int shard, long index, String text) {
        return Document.ofText(id, Source.atOffset("part-" + shard, shard, index, index * 100), text);
    }

    @Test
    void copiesUpToCaseAndSpacingAreDroppedInFavourOfTheFirstInInputOrder() throws IOException {
        var docs = List.of(
                doc("a", 0, 0, "Harga cabai naik lagi."),
                doc("b", 0, 1, "Sesuatu yang lain sama sekali."),
                doc("c", 1, 0, "  HARGA   cabai naik\u00a0lagi. "),
                doc("d", 1, 1, "harga cabai naik lagi."));
        List<Outcome> out = PassRunner.run(ExactDedupPass.defaults(), docs, work, 2, 99, PassRunner.ROOMY);
        assertThat(out.get(0)).isInstanceOf(Outcome.Kept.class);
        assertThat(out.get(0).document().meta().get("dup_cluster_size")).contains(3);
        assertThat(out.get(1).document().meta().get("dup_cluster_size")).contains(1);
        for (int i : new int[] {2, 3}) {
            var dropped = (Outcome.Dropped) out.get(i);
            assertThat(dropped.step()).isEqualTo("dedup-exact");
            assertThat(dropped.reason()).isEqualTo("dedup:exact");
            assertThat(dropped.document().meta().string("dup_of")).contains("a");
        }
    }

    @Test
    void theKeeperIsChosenByOrdinalNotByWhichWasObservedFirst() throws IOException {
        var docs = List.of(doc("late-shard-first-index", 1, 0, "sama"), doc("early", 0, 5, "sama"));
        List<Outcome> out = PassRunner.run(ExactDedupPass.defaults(), docs, work);
        assertThat(out.get(0)).isInstanceOf(Outcome.Dropped.class);
        assertThat(out.get(0).document().meta().string("dup_of")).contains("early");
        assertThat(out.get(1)).isInstanceOf(Outcome.Kept.class);
    }

    @Test
    void maskedDigitsMakeNumbersEqual() throws IOException {
        var docs = List.of(doc("a", 0, 0, "Skor 2-1"), doc("b", 0, 1, "Skor 3-0"));
        assertThat(PassRunner.run(ExactDedupPass.defaults(), docs, work).get(1)).isInstanceOf(Outcome.Kept.class);
        var masked = ExactDedupPass.fromParams(Params.of("dedup-exact", Map.of("mask_digits", "true")));
        assertThat(PassRunner.run(masked, docs, work).get(1)).isInstanceOf(Outcome.Dropped.class);
    }

    @Test
    void emptyTextsAreNeverDuplicates() throws IOException {
        var docs = List.of(doc("a", 0, 0, " "), doc("b", 0, 1, ""));
        assertThat(PassRunner.run(ExactDedupPass.defaults(), docs, work)).allMatch(o -> o instanceof Outcome.Kept);
    }

    @Test
    void outcomesAreTheSameWithOneOrFourThreadsAndATinyMemoryBound() throws IOException {
        var docs = new ArrayList<Document>();
        for (int i = 0; i < 3000; i++) docs.add(doc("d" + i, i % 3, i / 3, "teks nomor " + (i % 700)));
        var one = PassRunner.describe(PassRunner.run(ExactDedupPass.defaults(), docs, work));
        var four = PassRunner.describe(PassRunner.run(ExactDedupPass.defaults(), docs, work, 4, 12345, 4 << 10));
        assertThat(four).isEqualTo(one);
        assertThat(one.stream().filter(s -> s.contains(" drop ")).count()).isEqualTo(3000 - 700);
        try (var left = Files.list(work)) {
            assertThat(left).as("work files are deleted on close").isEmpty();
        }
    }

    @Test
    void unknownSettingsAreRejectedByName() {
        assertThatThrownBy(() -> ExactDedupPass.fromParams(Params.of("dedup-exact", Map.of("mask_digit", "true"))))
                .hasMessageContaining("dedup-exact.mask_digit");
    }
}
