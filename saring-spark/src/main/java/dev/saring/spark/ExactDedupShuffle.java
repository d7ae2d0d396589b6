package dev.saring.spark;

import dev.saring.dedup.DupDecision;
import dev.saring.dedup.ExactDedupPass;
import dev.saring.dedup.Hash128;
import dev.saring.model.Document;
import dev.saring.model.Outcome;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

import java.io.Serializable;
import java.util.List;

/**
 * {@link ExactDedupPass} on Spark: documents keyed by the pass's {@linkplain ExactDedupPass#key key}; a
 * reduce by key finds each group's first document (lowest ordinal) and size, a join gives every member of
 * a group of two or more its decision.
 */
record ExactDedupShuffle(SparkJob job, int segment) implements PassShuffle {

    /** What a group of copies reduces to: its first member and its size. */
    record Group(long firstOrdinal, String firstId, int size) implements Serializable {
        Group merge(Group o) {
            Group first = firstOrdinal <= o.firstOrdinal ? this : o;
            return new Group(first.firstOrdinal, first.firstId, size + o.size);
        }
    }

    private ExactDedupPass pass() {
        return (ExactDedupPass) job.pipelineSpec().pipeline().segments().get(segment).pass();
    }

    @Override
    public JavaPairRDD<Long, Object> decisions(JavaRDD<Document> docs) {
        int partitions = docs.getNumPartitions();
        JavaPairRDD<Tuple2<Long, Long>, Group> members = docs.flatMapToPair(d -> {
            var key = pass().key(d);
            if (key.isEmpty()) return java.util.Collections.emptyIterator();
            Hash128 h = key.get();
            return List.of(new Tuple2<>(new Tuple2<>(h.h1(), h.h2()), new Group(d.source().ordinal(), d.id(), 1))).iterator();
        });
        JavaPairRDD<Tuple2<Long, Long>, Group> groups = members.reduceByKey(Group::merge, partitions).filter(t -> t._2().size() > 1);
        return members.join(groups, partitions).mapToPair(t -> {
            Group self = t._2()._1();
            Group group = t._2()._2();
            DupDecision d = self.firstOrdinal() == group.firstOrdinal() ? DupDecision.keeper(group.size())
                    : DupDecision.duplicateOf(group.firstId(), Double.NaN);
            return new Tuple2<>(self.firstOrdinal(), (Object) d);
        });
    }

    @Override
    public Outcome decide(Document doc, List<Object> values) {
        return values.isEmpty() ? DupDecision.alone(doc)
                : ((DupDecision) values.get(0)).apply(doc, ExactDedupPass.NAME, ExactDedupPass.REASON);
    }
}
