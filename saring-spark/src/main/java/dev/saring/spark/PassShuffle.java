package dev.saring.spark;

import dev.saring.clean.RepeatedLinesPass;
import dev.saring.dedup.ExactDedupPass;
import dev.saring.dedup.NearDedupPass;
import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.pipeline.Pass;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;

import java.io.Serializable;
import java.util.List;

/**
 * A {@link Pass} run as Spark shuffles: what the local runner does with an observation (collect, then
 * decide) becomes per-document decisions keyed by {@link dev.saring.model.Source#ordinal()}, which the
 * segment's tasks apply to their shard's documents in input order. Implementations are serializable
 * configuration (the job and the segment); the pass itself is looked up in the executor's pipeline.
 */
interface PassShuffle extends Serializable {

    /**
     * Decisions for the documents {@code docs} (what the previous segment kept): zero or more values per
     * ordinal; a document without any gets {@link #decide} with an empty list.
     */
    JavaPairRDD<Long, Object> decisions(JavaRDD<Document> docs);

    /** The outcome of {@code doc} given its decision values, as the pass's local decider would give it. */
    Outcome decide(Document doc, List<Object> values);

    /** The Spark form of the pass of segment {@code segment} of the job's pipeline. */
    static PassShuffle of(SparkJob job, int segment) {
        Pass pass = job.pipelineSpec().pipeline().segments().get(segment).pass();
        if (pass instanceof RepeatedLinesPass) return new RepeatedLinesShuffle(job, segment);
        if (pass instanceof ExactDedupPass) return new ExactDedupShuffle(job, segment);
        if (pass instanceof NearDedupPass) return new NearDedupShuffle(job, segment);
        throw new UnsupportedOperationException("the Spark runner cannot run pass '" + pass.name()
                + "' yet: run it with saring run, or leave it out of the steps");
    }
}
