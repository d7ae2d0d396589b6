package dev.saring.dedup.internal;

/**
 * Disjoint sets over dense ids {@code 0..n-1} in one {@code int[]} (4 bytes per id). The root of every
 * set is its <em>keeper</em>: the member that {@link Priority} ranks first, whatever the order of the
 * unions, so that clusters and keepers do not depend on thread timing.
 *
 * <pre>{@code
 * var uf = new UnionFind(4, (a, b) -> a < b);   // lower id keeps
 * uf.union(3, 1);
 * uf.union(1, 2);
 * uf.find(3);   // 1
 * }</pre>
 */
public final class UnionFind {

    /** Which of two ids keeps. */
    @FunctionalInterface
    public interface Priority {
        /** True if {@code a} is preferred over {@code b} as the keeper of their cluster. */
        boolean before(int a, int b);
    }

    private final int[] parent;
    private final Priority priority;
    private boolean flattened;

    public UnionFind(int n, Priority priority) {
        this.parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        this.priority = priority;
    }

    public int size() {
        return parent.length;
    }

    /** The keeper of {@code x}'s set (path halving). */
    public int find(int x) {
        if (flattened) return parent[x] < 0 ? x : parent[x];
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Joins the sets of {@code a} and {@code b}; true if they were apart. */
    public boolean union(int a, int b) {
        if (flattened) throw new IllegalStateException("union after flatten()");
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) return false;
        if (priority.before(ra, rb)) parent[rb] = ra;
        else parent[ra] = rb;
        return true;
    }

    /**
     * Ends the unions: every id then points straight at its keeper, and each keeper holds minus the sum of
     * its members' weights, so that {@link #find} and {@link #clusterWeight} are O(1) and read-only (safe
     * from many threads).
     *
     * @param weight the weight of each id (1 for a plain document)
     */
    public void flatten(java.util.function.IntUnaryOperator weight) {
        if (flattened) return;
        int n = parent.length;
        for (int i = 0; i < n; i++) parent[i] = find(i);
        for (int i = 0; i < n; i++) {
            if (parent[i] == i) parent[i] = -weight.applyAsInt(i);
        }
        for (int i = 0; i < n; i++) {
            int p = parent[i];
            if (p >= 0) parent[p] -= weight.applyAsInt(i);
        }
        flattened = true;
    }

    /** After {@link #flatten}: the summed weight of the cluster whose keeper is {@code keeper}. */
    public int clusterWeight(int keeper) {
        if (!flattened) throw new IllegalStateException("clusterWeight before flatten()");
        int v = parent[keeper];
        if (v >= 0) throw new IllegalArgumentException(keeper + " is not a keeper");
        return -v;
    }
}
