package dev.saring.dedup;

import dev.saring.model.Document;

/** Meta keys the dedup passes write and read, and the cluster-size convention they share. */
final class DupMeta {

    /** Id of the document a dropped duplicate copies. */
    static final String DUP_OF = "dup_of";
    /** Estimated Jaccard similarity of a dropped near-duplicate to the kept document. */
    static final String SIMILARITY = "dup_similarity";
    /**
     * On kept documents: how many documents of the input this one stands for (itself included; 1 when it
     * has no duplicate), FineWeb-2's {@code minhash_cluster_size} used to rehydrate (upsample) clusters.
     * A pass that runs after another adds up the sizes the earlier one wrote.
     */
    static final String CLUSTER_SIZE = "dup_cluster_size";

    private DupMeta() {
    }

    /** The cluster size an earlier pass gave {@code doc}, or 1. */
    static int weight(Document doc) {
        return doc.meta().get(CLUSTER_SIZE)
                .filter(v -> v instanceof Number)
                .map(v -> (int) Math.max(1, Math.min(Integer.MAX_VALUE, ((Number) v).longValue())))
                .orElse(1);
    }

    /** {@code doc} with its cluster size set. */
    static Document withClusterSize(Document doc, int size) {
        Object old = doc.meta().get(CLUSTER_SIZE).orElse(null);
        return old instanceof Number n && n.longValue() == size ? doc : doc.withMeta(CLUSTER_SIZE, size);
    }
}
