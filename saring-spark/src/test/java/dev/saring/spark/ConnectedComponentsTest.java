package dev.saring.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectedComponentsTest {

    private static SparkSession spark;
    private static JavaSparkContext jsc;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("cc-test").config("spark.ui.enabled", "false").getOrCreate();
        jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) spark.stop();
    }

    @Test
    void aChainAStarAndALoopAreEachOneComponentLabelledByTheirSmallestNode() {
        var edges = List.of(edge(9, 7), edge(7, 8), edge(8, 3),   // chain 3-8-7-9
                edge(20, 10), edge(10, 30), edge(10, 40),         // star on 10
                edge(5, 5), edge(6, 5), edge(5, 6));              // self-loop and a repeated, reversed edge
        Map<Long, Long> labels = ConnectedComponents.of(jsc.parallelizePairs(edges, 3)).collectAsMap();
        assertThat(labels).containsExactlyInAnyOrderEntriesOf(Map.of(
                3L, 3L, 7L, 3L, 8L, 3L, 9L, 3L, 10L, 10L, 20L, 10L, 30L, 10L, 40L, 10L, 5L, 5L, 6L, 5L));
    }

    @Test
    void randomGraphsGiveTheComponentsOfAUnionFind() {
        var rnd = new SplittableRandom(7);
        int nodes = 300;
        var edges = new ArrayList<Tuple2<Long, Long>>();
        for (int i = 0; i < 260; i++) edges.add(edge(rnd.nextInt(nodes), rnd.nextInt(nodes)));
        Map<Long, Long> labels = ConnectedComponents.of(jsc.parallelizePairs(edges, 4)).collectAsMap();

        int[] parent = new int[nodes];
        for (int i = 0; i < nodes; i++) parent[i] = i;
        for (var e : edges) {
            int a = find(parent, e._1().intValue());
            int b = find(parent, e._2().intValue());
            parent[Math.max(a, b)] = Math.min(a, b);
        }
        var expected = new HashMap<Long, Long>();
        for (var e : edges) {
            if (e._1().equals(e._2())) continue;
            for (long v : new long[] {e._1(), e._2()}) expected.put(v, (long) find(parent, (int) v));
        }
        assertThat(labels).containsExactlyInAnyOrderEntriesOf(expected);
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) x = parent[x];
        return x;
    }

    private static Tuple2<Long, Long> edge(long a, long b) {
        return new Tuple2<>(a, b);
    }
}
