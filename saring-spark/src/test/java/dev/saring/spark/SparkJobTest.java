package dev.saring.spark;

import dev.saring.io.InputFile;
import dev.saring.io.InputSplit;
import dev.saring.pipeline.Plan;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SparkJobTest {

    @Test
    void aShardGivenByARelativePathReachesExecutorsAbsoluteAndKeepsItsName() {
        var shard = new Plan.Shard(new InputFile(Path.of("../examples/crawl/ekstrak-teks.jsonl"), "../examples/crawl/ekstrak-teks.jsonl", 0),
                new InputSplit(0, 0, 14144, 1));
        Plan.Shard shipped = SparkJob.ShardRef.of(shard).shard();
        assertThat(shipped.file().path()).isAbsolute().isEqualTo(Path.of("../examples/crawl/ekstrak-teks.jsonl").toAbsolutePath());
        // the name is what sources, errors and the plan report: as the user gave it
        assertThat(shipped.file().name()).isEqualTo("../examples/crawl/ekstrak-teks.jsonl");
        assertThat(shipped.split()).isEqualTo(shard.split());
    }
}
