package dev.saring.spark;

import dev.saring.dedup.DupDecision;
import dev.saring.dedup.KeepRule;
import dev.saring.dedup.LshBands;
import dev.saring.dedup.MinHasher;
import dev.saring.dedup.NearDedupPass;
import dev.saring.model.Document;
import dev.saring.model.Outcome;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link NearDedupPass} on Spark, with the pass's own signatures, band keys, verification and keep rule:
 * <ol>
 *   <li>each document's MinHash signature ({@link MinHasher}, one signer per task) keyed by ordinal;</li>
 *   <li>band keys ({@link LshBands#key}); a reduce by key finds each band group's first document, and every
 *       other member becomes a candidate edge to it, as locally (star edges, never all pairs);</li>
 *   <li>candidates verified against the estimated Jaccard when the pass verifies (two joins with the
 *       signatures);</li>
 *   <li>{@link ConnectedComponents} (large-star / small-star) are the clusters; a reduce per cluster picks the
 *       keeper by {@link KeepRule#before} and adds up the weights of an earlier pass;</li>
 *   <li>a join gives every member its decision: the keeper its cluster size, the others {@code dup_of} and
 *       the similarity to the keeper.</li>
 * </ol>
 */
record NearDedupShuffle(SparkJob job, int segment) implements PassShuffle {

    /** A document as near dedup sees it. */
    record Signed(long ordinal, String id, int words, int weight, int[] signature) implements Serializable {
    }

    /** What a cluster reduces to: its keeper so far and the summed weight. */
    record Cluster(Signed keeper, long weight) implements Serializable {
    }

    private NearDedupPass pass() {
        return (NearDedupPass) job.pipelineSpec().pipeline().segments().get(segment).pass();
    }

    @Override
    public JavaPairRDD<Long, Object> decisions(JavaRDD<Document> docs) {
        int partitions = docs.getNumPartitions();
        JavaPairRDD<Long, Signed> signed = docs.mapPartitionsToPair(it -> {
            NearDedupPass pass = pass();
            MinHasher.Signer signer = pass.hasher().newSigner();
            var out = new ArrayList<Tuple2<Long, Signed>>();
            while (it.hasNext()) {
                Document d = it.next();
                int[] sig = new int[pass.hasher().permutations()];
                int words = signer.sign(d.text(), sig);
                if (words == 0) continue; // no words: kept alone, as locally
                long ordinal = d.source().ordinal();
                out.add(new Tuple2<>(ordinal, new Signed(ordinal, d.id(), words, DupDecision.weight(d), sig)));
            }
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());

        JavaPairRDD<Long, Long> bandKeys = signed.flatMapToPair(t -> {
            LshBands lsh = pass().bands();
            var out = new ArrayList<Tuple2<Long, Long>>(lsh.bands());
            for (int b = 0; b < lsh.bands(); b++) out.add(new Tuple2<>(lsh.key(t._2().signature(), b), t._1()));
            return out.iterator();
        });
        JavaPairRDD<Long, Long> firsts = bandKeys.reduceByKey(Math::min, partitions);
        // (first of the band group, member)
        JavaPairRDD<Long, Long> candidates = bandKeys.join(firsts, partitions)
                .filter(t -> !t._2()._1().equals(t._2()._2()))
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()))
                .distinct(partitions);
        JavaPairRDD<Long, Long> edges = pass().verify() ? verified(candidates, signed, partitions) : candidates;

        JavaPairRDD<Long, Long> component = ConnectedComponents.of(edges);       // (ordinal, label)
        JavaPairRDD<Long, Signed> members = component.join(signed, partitions)   // (label, member)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
        KeepRule keep = pass().keep();
        JavaPairRDD<Long, Cluster> clusters = members
                .mapValues(s -> new Cluster(s, s.weight()))
                .reduceByKey((a, b) -> new Cluster(
                        keep.before(a.keeper().ordinal(), a.keeper().words(), b.keeper().ordinal(), b.keeper().words())
                                ? a.keeper() : b.keeper(),
                        a.weight() + b.weight()), partitions);
        JavaPairRDD<Long, Object> decisions = members.join(clusters, partitions).mapToPair(t -> {
            Signed self = t._2()._1();
            Cluster c = t._2()._2();
            DupDecision d = self.ordinal() == c.keeper().ordinal()
                    ? DupDecision.keeper((int) Math.min(Integer.MAX_VALUE, c.weight()))
                    : DupDecision.duplicateOf(c.keeper().id(), MinHasher.similarity(self.signature(), c.keeper().signature()));
            return new Tuple2<>(self.ordinal(), (Object) d);
        });
        return decisions;
    }

    /** The candidates whose estimated Jaccard reaches the pass's threshold. */
    private JavaPairRDD<Long, Long> verified(JavaPairRDD<Long, Long> candidates, JavaPairRDD<Long, Signed> signed, int partitions) {
        double threshold = pass().threshold();
        return candidates.join(signed, partitions)                        // (first, (member, first's))
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))    // (member, first's)
                .join(signed, partitions)                                  // (member, (first's, member's))
                .filter(t -> MinHasher.similarity(t._2()._1().signature(), t._2()._2().signature()) >= threshold)
                .mapToPair(t -> new Tuple2<>(t._2()._1().ordinal(), t._1()));
    }

    @Override
    public Outcome decide(Document doc, List<Object> values) {
        return values.isEmpty() ? DupDecision.alone(doc)
                : ((DupDecision) values.get(0)).apply(doc, NearDedupPass.NAME, NearDedupPass.REASON);
    }
}
