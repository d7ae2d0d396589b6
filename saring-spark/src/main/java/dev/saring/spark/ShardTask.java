package dev.saring.spark;

import dev.saring.io.DocumentReader;
import dev.saring.io.InputError;
import dev.saring.io.InputErrorHandler;
import dev.saring.io.InputException;
import dev.saring.io.OutputCompression;
import dev.saring.model.Document;
import dev.saring.pipeline.InternalReader;
import dev.saring.pipeline.Pipeline;
import dev.saring.pipeline.Plan;
import dev.saring.pipeline.Progress;
import dev.saring.pipeline.ShardSink;
import dev.saring.pipeline.Stats;
import dev.saring.pipeline.Step;
import dev.saring.pipeline.StepChain;
import scala.Tuple2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.Optional;

/**
 * One shard of one segment, inside a Spark task: the shard's documents (the input, or what the previous
 * segment kept) through the segment's {@link StepChain}, into a {@link ShardSink}, as the local runner does
 * on its threads. A shard whose done marker exists is skipped (a resumed run, or a retried task).
 */
final class ShardTask {

    private ShardTask() {
    }

    static void run(SparkJob job, int segment, int shardId, PassShuffle pass, Iterator<Tuple2<Long, Object>> decisions)
            throws IOException {
        Plan plan = job.plan();
        Path out = job.outDir();
        if (Files.exists(out.resolve(Plan.doneMarker(segment, shardId)))) return;
        Plan.Shard shard = plan.shards().get(shardId);
        Pipeline.Segment seg = plan.segments().get(segment);
        Step decider = pass == null ? null : new SortedDecisions(seg.pass().name(), pass, decisions);
        StepChain chain = StepChain.of(seg, decider, job.failFast());
        var readErrors = new ArrayList<InputError>();
        InputErrorHandler handler = e -> {
            if (job.failFast()) throw new InputException(e);
            readErrors.add(e);
        };
        try (var sink = ShardSink.open(out, plan, segment, shard, job.outputFormat(), job.compression(), new Progress());
             DocumentReader reader = segment == 0 ? job.readers().open(shard, handler) : new InternalReader(keptPart(out, segment - 1, shardId))) {
            Stats stats = sink.stats();
            var stepErrors = new ArrayList<InputError>();
            while (true) {
                Optional<Document> next = reader.next();
                for (InputError e : readErrors) sink.error(e);
                readErrors.clear();
                if (next.isEmpty()) break;
                Document d = next.get();
                if (segment == 0) stats.countRead(d);
                var outcome = chain.apply(d, stats, stepErrors);
                for (InputError e : stepErrors) sink.error(e);
                stepErrors.clear();
                sink.write(outcome);
            }
            if (segment == 0) sink.countInput(shard, reader);
            sink.commit();
        }
    }

    /** The documents segment {@code segment} kept of a shard, read lazily; the file is closed at the end. */
    static Iterator<Document> kept(SparkJob job, int segment, int shardId) throws IOException {
        Path part = keptPart(job.outDir(), segment, shardId);
        if (!Files.exists(part)) return Collections.emptyIterator();
        var reader = new InternalReader(part);
        return new Iterator<>() {
            private Document next = advance();

            private Document advance() {
                try {
                    Optional<Document> d = reader.next();
                    if (d.isEmpty()) reader.close();
                    return d.orElse(null);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + part, e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Document next() {
                if (next == null) throw new java.util.NoSuchElementException();
                Document d = next;
                next = advance();
                return d;
            }
        };
    }

    private static Path keptPart(Path out, int segment, int shardId) {
        return out.resolve(Plan.keptPart(segment, shardId) + OutputCompression.ZSTD.suffix());
    }
}
