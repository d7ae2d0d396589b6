package dev.saring.spark;

import dev.saring.assembly.RunConfig;
import dev.saring.io.InputFile;
import dev.saring.io.InputFormat;
import dev.saring.io.OutputCompression;
import dev.saring.io.OutputFormat;
import dev.saring.io.ReaderOptions;
import dev.saring.model.Document;
import dev.saring.pipeline.OutputFolder;
import dev.saring.pipeline.Pipeline;
import dev.saring.pipeline.Plan;
import dev.saring.pipeline.Stats;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Runs the {@link Plan} of a run on Spark, with the output of the local runner: the same folders, shard
 * names and order, record for record the same documents, rejects and counters.
 *
 * <p>How: the shards are an RDD of one partition per shard. Segment 0 reads each shard's input in its task;
 * a later segment first runs its pass as shuffles ({@link PassShuffle}: counts, keys, components), which
 * leave per-document decisions; these are partitioned by shard and sorted by ordinal, then zipped with the
 * shards, and every task applies them to its shard's documents in input order
 * ({@link SortedDecisions}) before the segment's steps. The per-document work is the core's
 * {@link dev.saring.pipeline.StepChain} and {@link dev.saring.pipeline.ShardSink}; the layout is assembled
 * by {@link OutputFolder}, which also merges the shards' counters into {@code stats.json}. Nothing of the
 * size of the corpus comes to the driver: it handles one small record per shard.
 *
 * <p>The output folder must be a path every executor can write (a local path in local mode or on one
 * machine, a shared mount on a cluster).
 *
 * <pre>{@code
 * var runner = new SparkRunner(jsc, RunConfig.defaults(), InputFormat.AUTO, ReaderOptions.DEFAULTS,
 *         new SparkRunner.Options(Path.of("out"), OutputFormat.JSONL, OutputCompression.ZSTD, false, false));
 * Stats stats = runner.run(Readers.expand(List.of("crawl/")));
 * }</pre>
 */
public final class SparkRunner {

    /**
     * How to run.
     *
     * @param outDir      the output folder
     * @param format      of {@code clean/}: JSONL or Parquet
     * @param compression of {@code clean/} and {@code rejects/}
     * @param resume      continue a stopped run in {@code outDir}: shards already done are skipped
     * @param failFast    stop at the first bad input record or failing step
     */
    public record Options(Path outDir, OutputFormat format, OutputCompression compression, boolean resume, boolean failFast) {
        public Options {
            Objects.requireNonNull(outDir, "outDir");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(compression, "compression");
        }
    }

    private final JavaSparkContext jsc;
    private final PipelineSpec spec;
    private final InputFormat format;
    private final ReaderOptions readerOptions;
    private final Options options;

    public SparkRunner(JavaSparkContext jsc, RunConfig config, InputFormat format, ReaderOptions readerOptions, Options options) {
        this.jsc = Objects.requireNonNull(jsc, "jsc");
        this.spec = PipelineSpec.of(config);
        this.format = Objects.requireNonNull(format, "format");
        this.readerOptions = Objects.requireNonNull(readerOptions, "readerOptions");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Runs over the inputs (as {@link dev.saring.io.Readers#expand} lists them) into the output folder and
     * returns the counters written to {@code stats.json}.
     *
     * @throws dev.saring.pipeline.OutputFolderException the output folder cannot be used
     */
    public Stats run(List<InputFile> inputs) throws IOException {
        return run(Plan.of(inputs, spec.pipeline()));
    }

    /** The pipeline of this runner's config: the one to build a {@link Plan} of for {@link #run(Plan)}. */
    public Pipeline pipeline() {
        return spec.pipeline();
    }

    /**
     * Runs a plan of {@link #pipeline()} (from {@code saring run}'s options, {@code RunOptions.plan}: the
     * same shards as the local runner's) into the output folder and returns the counters written to
     * {@code stats.json}.
     *
     * @throws IllegalArgumentException the plan is of another pipeline than this runner's
     * @throws dev.saring.pipeline.OutputFolderException the output folder cannot be used
     */
    public Stats run(Plan plan) throws IOException {
        long start = System.nanoTime();
        if (plan.pipeline() != spec.pipeline()) {
            throw new IllegalArgumentException("the plan is of another pipeline than this runner's: build it from pipeline()");
        }
        Path out = options.outDir();
        if (OutputFolder.prepare(out, plan.resumeText(options.format(), options.compression()), options.resume())) {
            return OutputFolder.finishedStats(out);
        }
        // every shard a pass can start on is checked here, on the driver, before any work
        for (int k = 1; k < plan.segments().size(); k++) PassShuffle.of(job(plan), k);
        Broadcast<SparkJob> job = jsc.broadcast(job(plan));
        int n = plan.shards().size();
        JavaRDD<Integer> shards = jsc.parallelize(IntStream.range(0, n).boxed().toList(), Math.max(1, n));
        try {
            for (int k = 0; k < plan.segments().size(); k++) {
                Files.createDirectories(out.resolve(Plan.segmentFolder(k)));
                runSegment(job, k, shards, n);
                for (var rdd : jsc.getPersistentRDDs().values()) rdd.unpersist(false);
            }
        } finally {
            job.destroy();
        }
        Stats stats = OutputFolder.assemble(out, plan, options.compression());
        stats.add("run", "threads", jsc.defaultParallelism());
        stats.add("run", "shards", n);
        stats.add("run", "elapsed_ms", (System.nanoTime() - start) / 1_000_000);
        OutputFolder.complete(out, plan, stats);
        return stats;
    }

    private SparkJob job(Plan plan) {
        return new SparkJob(spec, plan, options.outDir().toAbsolutePath(), format, readerOptions, options.format(), options.compression(),
                options.failFast());
    }

    private static void runSegment(Broadcast<SparkJob> job, int k, JavaRDD<Integer> shards, int n) {
        if (n == 0) return;
        if (k == 0) {
            shards.foreachPartition(ids -> {
                while (ids.hasNext()) ShardTask.run(job.value(), 0, ids.next(), null, Collections.emptyIterator());
            });
            return;
        }
        PassShuffle pass = PassShuffle.of(job.value(), k);
        JavaRDD<Document> kept = shards.mapPartitions(ids -> ids.hasNext()
                ? ShardTask.kept(job.value(), k - 1, ids.next()) : Collections.emptyIterator());
        JavaPairRDD<Long, Object> decisions = pass.decisions(kept)
                .repartitionAndSortWithinPartitions(new ShardPartitioner(n));
        shards.zipPartitions(decisions, (Iterator<Integer> ids, Iterator<Tuple2<Long, Object>> shardDecisions) -> {
            while (ids.hasNext()) ShardTask.run(job.value(), k, ids.next(), pass, shardDecisions);
            return Collections.<Integer>emptyIterator();
        }).count();
    }
}
