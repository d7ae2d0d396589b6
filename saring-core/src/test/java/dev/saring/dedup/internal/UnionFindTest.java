package dev.saring.dedup.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class UnionFindTest {

    @Test
    void theKeeperIsTheFirstIdWhateverTheOrderOfUnions() {
        List<int[]> edges = new ArrayList<>(List.of(new int[] {7, 3}, new int[] {3, 9}, new int[] {9, 2},
                new int[] {5, 6}, new int[] {0, 1}));
        for (long seed = 1; seed <= 20; seed++) {
            Collections.shuffle(edges, new Random(seed));
            var uf = new UnionFind(10, (a, b) -> a < b);
            for (int[] e : edges) uf.union(e[0], e[1]);
            uf.flatten(i -> 1);
            assertThat(new int[] {uf.find(7), uf.find(3), uf.find(9), uf.find(2)}).containsOnly(2);
            assertThat(uf.find(6)).isEqualTo(5);
            assertThat(uf.find(4)).isEqualTo(4);
            assertThat(uf.clusterWeight(2)).isEqualTo(4);
            assertThat(uf.clusterWeight(4)).isEqualTo(1);
        }
    }

    @Test
    void clusterWeightsAddTheWeightsOfMembers() {
        var uf = new UnionFind(3, (a, b) -> a < b);
        uf.union(0, 2);
        uf.flatten(i -> i == 2 ? 5 : 1);
        assertThat(uf.clusterWeight(0)).isEqualTo(6);
        assertThat(uf.clusterWeight(1)).isEqualTo(1);
    }

    @Test
    void aPriorityOtherThanIdPicksTheKeeper() {
        int[] words = {10, 50, 50, 20};
        var uf = new UnionFind(4, (a, b) -> words[a] != words[b] ? words[a] > words[b] : a < b);
        uf.union(3, 2);
        uf.union(0, 3);
        uf.union(1, 0);
        assertThat(uf.find(0)).isEqualTo(1);
    }
}
