package dev.saring.pipeline;

import dev.saring.io.InputFile;
import dev.saring.model.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanTest {

    @TempDir
    Path tmp;

    private final Pipeline pipeline = Pipeline.builder()
            .step(Step.of("a", Outcome::keep))
            .pass(new LocalRunnerTest.FirstTextWins())
            .step(Step.of("b", Outcome::keep))
            .build();

    private List<InputFile> inputs() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.jsonl"), "{\"text\":\"x\"}\n");
        Path b = Files.writeString(tmp.resolve("b.jsonl"), "{\"text\":\"yy\"}\n{\"text\":\"z\"}\n");
        return List.of(new InputFile(a, "a.jsonl", 0), new InputFile(b, "b.jsonl", 1));
    }

    @Test
    void everyFileIsOneShardOfItsWholeByteRangeInInputOrder() throws Exception {
        Plan plan = Plan.of(inputs(), pipeline);
        assertThat(plan.shards()).extracting(Plan.Shard::id).containsExactly(0, 1);
        assertThat(plan.shards()).extracting(s -> s.file().name()).containsExactly("a.jsonl", "b.jsonl");
        assertThat(plan.shards().get(1).start()).isZero();
        assertThat(plan.shards().get(1).end()).isEqualTo(Files.size(tmp.resolve("b.jsonl")));
        assertThat(plan.inputBytes()).isEqualTo(Files.size(tmp.resolve("a.jsonl")) + Files.size(tmp.resolve("b.jsonl")));
    }

    @Test
    void thePipelineIsCutAtEachPass() throws Exception {
        Plan plan = Plan.of(inputs(), pipeline);
        assertThat(plan.segments()).hasSize(2);
        assertThat(plan.segments().get(1).pass()).isInstanceOf(LocalRunnerTest.FirstTextWins.class);
        assertThat(plan.isLast(0)).isFalse();
        assertThat(plan.isLast(1)).isTrue();
        assertThat(plan.phases()).isEqualTo(3);
    }

    @Test
    void theSameInputsGiveTheSameTextAndAChangedFileAnother() throws Exception {
        var inputs = inputs();
        String first = Plan.of(inputs, pipeline).text();
        assertThat(Plan.of(inputs, pipeline).text()).isEqualTo(first);
        Files.writeString(tmp.resolve("b.jsonl"), "{\"text\":\"longer now\"}\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(Plan.of(inputs, pipeline).text()).isNotEqualTo(first);
    }

    @Test
    void namesAreRelativeToTheOutputFolderAndNumberedByShard() {
        assertThat(Plan.partName(7)).isEqualTo("part-00007.jsonl");
        assertThat(Plan.cleanBase(7)).isEqualTo("clean/part-00007");
        assertThat(Plan.rejectsPart(7)).isEqualTo("rejects/part-00007.jsonl");
        assertThat(Plan.doneMarker(1, 7)).isEqualTo("_work/seg-1/stats-00007.json");
        assertThat(Plan.keptPart(0, 7)).isEqualTo("_work/seg-0/part-00007.jsonl");
    }

    @Test
    void aMissingFileStillHasItsShardSoItsErrorIsReportedThere() throws Exception {
        var gone = new InputFile(tmp.resolve("gone.jsonl"), "gone.jsonl", 0);
        Plan plan = Plan.of(List.of(gone), pipeline);
        assertThat(plan.shards()).singleElement().satisfies(s -> assertThat(s.length()).isZero());
    }

    @Test
    void shardIdsMustBeTheirPositions() throws Exception {
        var f = inputs().get(0);
        assertThatThrownBy(() -> new Plan(pipeline, List.of(new Plan.Shard(f, new dev.saring.io.InputSplit(1, 0, 1, 1)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shard 0 has id 1");
        assertThatThrownBy(() -> new dev.saring.io.InputSplit(0, 5, 4, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad byte range");
    }
}
