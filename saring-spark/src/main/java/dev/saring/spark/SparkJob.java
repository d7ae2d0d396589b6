package dev.saring.spark;

import dev.saring.io.InputFile;
import dev.saring.io.InputFormat;
import dev.saring.io.OutputCompression;
import dev.saring.io.OutputFormat;
import dev.saring.io.ReaderOptions;
import dev.saring.io.Readers;
import dev.saring.pipeline.Plan;
import dev.saring.pipeline.ReaderFactory;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a task needs to know about the run, as serializable values: the config, the shards of the
 * {@link Plan}, the reader settings and the output. Shipped once per executor as a broadcast; the plan
 * and the pipeline are rebuilt from it once per JVM.
 */
final class SparkJob implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One shard of the plan, by value. */
    record ShardRef(int id, String path, String name, int fileIndex, long start, long end, long firstLine) implements Serializable {
        Plan.Shard shard() {
            return new Plan.Shard(new InputFile(Path.of(path), name, fileIndex), new dev.saring.io.InputSplit(id, start, end, firstLine));
        }

        /** The path made absolute on the driver: an executor's working folder is not the driver's. */
        static ShardRef of(Plan.Shard s) {
            return new ShardRef(s.id(), s.file().path().toAbsolutePath().toString(), s.file().name(), s.file().shard(), s.start(), s.end(), s.split().firstLine());
        }
    }

    private final PipelineSpec pipelineSpec;
    private final List<ShardRef> shards;
    private final String outDir;
    private final InputFormat format;
    private final String textField;
    private final String idField;
    private final String urlField;
    private final int maxDocBytes;
    private final OutputFormat outputFormat;
    private final OutputCompression compression;
    private final boolean failFast;
    private transient volatile Plan plan;

    SparkJob(PipelineSpec pipelineSpec, Plan plan, Path outDir, InputFormat format, ReaderOptions readerOptions,
             OutputFormat outputFormat, OutputCompression compression, boolean failFast) {
        this.pipelineSpec = pipelineSpec;
        this.shards = new ArrayList<>(plan.shards().stream().map(ShardRef::of).toList());
        this.outDir = outDir.toString();
        this.format = format;
        this.textField = readerOptions.textField();
        this.idField = readerOptions.idField();
        this.urlField = readerOptions.urlField();
        this.maxDocBytes = readerOptions.maxDocBytes();
        this.outputFormat = outputFormat;
        this.compression = compression;
        this.failFast = failFast;
    }

    PipelineSpec pipelineSpec() {
        return pipelineSpec;
    }

    /** The plan, built once per JVM from the shards and the JVM's pipeline. */
    Plan plan() {
        Plan p = plan;
        if (p == null) {
            synchronized (this) {
                if (plan == null) plan = new Plan(pipelineSpec.pipeline(), shards.stream().map(ShardRef::shard).toList());
                p = plan;
            }
        }
        return p;
    }

    int shardCount() {
        return shards.size();
    }

    Path outDir() {
        return Path.of(outDir);
    }

    OutputFormat outputFormat() {
        return outputFormat;
    }

    OutputCompression compression() {
        return compression;
    }

    boolean failFast() {
        return failFast;
    }

    /** Opens input shards as {@code saring run} does. */
    ReaderFactory readers() {
        ReaderOptions options = ReaderOptions.DEFAULTS.withFields(textField, idField, urlField).withMaxDocBytes(maxDocBytes);
        return (shard, errors) -> Readers.open(shard.file(), shard.split(), format, options, errors);
    }
}
