package dev.saring.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of an undirected graph given as an edge list, with the large-star / small-star
 * algorithm of Kiveris et al. (2014, "Connected Components in MapReduce and Beyond"): each round links
 * every node to the smallest node of its neighbourhood, until the graph is a set of stars, each centred on
 * the smallest node of its component. Every step is a reduce by key and a join: no node's neighbour list is
 * ever held in memory, so a node with millions of neighbours (a boilerplate page) costs shuffle, not heap.
 *
 * <pre>{@code
 * JavaPairRDD<Long, Long> edges = sc.parallelizePairs(List.of(new Tuple2<>(5L, 3L), new Tuple2<>(3L, 9L)));
 * ConnectedComponents.of(edges).collectAsMap();   // {3=3, 5=3, 9=3}
 * }</pre>
 */
public final class ConnectedComponents {

    private ConnectedComponents() {
    }

    /**
     * The component of every node that has an edge: its smallest node. Self-loops are ignored, duplicate
     * and reversed edges do not matter.
     */
    public static JavaPairRDD<Long, Long> of(JavaPairRDD<Long, Long> edges) {
        // every shuffle keeps the input's partition count: unions would otherwise double it each round
        int partitions = Math.max(1, edges.getNumPartitions());
        // (child, parent) with child > parent
        JavaPairRDD<Long, Long> e = edges.filter(t -> !t._1().equals(t._2()))
                .mapToPair(ConnectedComponents::downward)
                .distinct(partitions)
                .persist(StorageLevel.MEMORY_AND_DISK());
        while (true) {
            JavaPairRDD<Long, Long> next = smallStar(largeStar(e, partitions), partitions).persist(StorageLevel.MEMORY_AND_DISK());
            e.unpersist(false);
            e = next;
            if (isStars(e, partitions)) break;
        }
        JavaPairRDD<Long, Long> centres = e.values().distinct(partitions).mapToPair(c -> new Tuple2<>(c, c));
        return e.union(centres).coalesce(partitions);
    }

    /**
     * Large-star: every node {@code u} links each larger neighbour to the smallest of {@code u} and its
     * neighbours.
     */
    static JavaPairRDD<Long, Long> largeStar(JavaPairRDD<Long, Long> downward, int partitions) {
        JavaPairRDD<Long, Long> both = downward.union(downward.mapToPair(Tuple2::swap));
        JavaPairRDD<Long, Long> smallest = both.reduceByKey(Math::min, partitions)
                .mapToPair(t -> new Tuple2<>(t._1(), Math.min(t._1(), t._2())));
        return both.filter(t -> t._2() > t._1())           // (u, larger neighbour v)
                .join(smallest, partitions)                  // (u, (v, m(u)))
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                .distinct(partitions);
    }

    /**
     * Small-star: every node {@code u} links itself and each smaller neighbour to the smallest of them.
     */
    static JavaPairRDD<Long, Long> smallStar(JavaPairRDD<Long, Long> downward, int partitions) {
        JavaPairRDD<Long, Long> smallest = downward.reduceByKey(Math::min, partitions)
                .mapToPair(t -> new Tuple2<>(t._1(), Math.min(t._1(), t._2())));
        JavaPairRDD<Long, Long> neighbours = downward.join(smallest, partitions)   // (u, (smaller v, m(u)))
                .filter(t -> !t._2()._1().equals(t._2()._2()))
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
        JavaPairRDD<Long, Long> self = smallest.filter(t -> !t._1().equals(t._2()));
        return neighbours.union(self).distinct(partitions);
    }

    /** Whether every node has one parent and no parent has one: each component is a star around its minimum. */
    static boolean isStars(JavaPairRDD<Long, Long> downward, int partitions) {
        long edges = downward.count();
        if (downward.keys().distinct(partitions).count() != edges) return false;
        JavaPairRDD<Long, Boolean> parents = downward.values().distinct(partitions).mapToPair(p -> new Tuple2<>(p, true));
        return downward.join(parents, partitions).isEmpty();
    }

    private static Tuple2<Long, Long> downward(Tuple2<Long, Long> t) {
        return t._1() > t._2() ? t : t.swap();
    }
}
