package dev.saring.spark;

import dev.saring.clean.RepeatedLinesPass;
import dev.saring.model.Document;
import dev.saring.model.Outcome;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * {@link RepeatedLinesPass} on Spark: every document's {@linkplain RepeatedLinesPass#keys keys} (host and
 * line hashes) summed by a reduce by key; the sums that can decide something ({@link RepeatedLinesPass#minCount})
 * joined back to the documents that have the key, so each document receives the counts of its own lines.
 */
record RepeatedLinesShuffle(SparkJob job, int segment) implements PassShuffle {

    private RepeatedLinesPass pass() {
        return (RepeatedLinesPass) job.pipelineSpec().pipeline().segments().get(segment).pass();
    }

    @Override
    public JavaPairRDD<Long, Object> decisions(JavaRDD<Document> docs) {
        int min = pass().minCount();
        int partitions = docs.getNumPartitions();
        JavaPairRDD<Long, Integer> counts = docs
                .flatMapToPair(d -> {
                    long[] keys = pass().keys(d);
                    var out = new ArrayList<Tuple2<Long, Integer>>(keys.length);
                    for (long k : keys) out.add(new Tuple2<>(k, 1));
                    return out.iterator();
                })
                .reduceByKey(Integer::sum, partitions)
                .filter(t -> t._2() >= min);
        JavaPairRDD<Long, Long> owners = docs.flatMapToPair(d -> {
            long[] keys = pass().keys(d);
            long ordinal = d.source().ordinal();
            var out = new ArrayList<Tuple2<Long, Long>>(keys.length);
            for (long k : keys) out.add(new Tuple2<>(k, ordinal));
            return out.iterator();
        });
        // (ordinal, {key, count}) for the keys of each document that were counted often enough
        return owners.join(counts, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), (Object) new long[] {t._1(), t._2()._2()}));
    }

    @Override
    public Outcome decide(Document doc, List<Object> values) {
        var counts = new HashMap<Long, Integer>(values.size() * 2);
        for (Object v : values) {
            long[] keyCount = (long[]) v;
            counts.put(keyCount[0], (int) keyCount[1]);
        }
        return pass().decide(doc, key -> counts.getOrDefault(key, 0));
    }
}
