package dev.saring.dedup;

import dev.saring.model.Document;
import dev.saring.model.Outcome;

import java.io.Serializable;

/**
 * What a document-level dedup pass decided for one document of a cluster: kept, standing for
 * {@code clusterSize} input documents, or dropped as a copy of {@code dupOf}. Both runners apply decisions
 * through {@link #apply}, so that meta and reasons are written in one place; a document without a decision
 * is {@linkplain #alone alone} in its cluster. Serializable: the Spark runner ships decisions to the
 * partitions of their documents.
 *
 * <pre>{@code
 * Outcome o = DupDecision.duplicateOf("doc-1", 0.9).apply(doc, NearDedupPass.NAME, NearDedupPass.REASON);
 * }</pre>
 *
 * @param clusterSize documents a kept document stands for (itself included); 0 for a dropped one
 * @param dupOf       the kept document's id, for a dropped one; null for a kept one
 * @param similarity  estimated Jaccard similarity to the kept document, or NaN when not estimated (exact dedup)
 */
public record DupDecision(int clusterSize, String dupOf, double similarity) implements Serializable {

    public DupDecision {
        if ((clusterSize > 0) == (dupOf != null)) {
            throw new IllegalArgumentException("a decision keeps (clusterSize > 0) or drops (dupOf), was " + clusterSize + ", " + dupOf);
        }
    }

    /** Kept, standing for {@code clusterSize} input documents. */
    public static DupDecision keeper(int clusterSize) {
        return new DupDecision(clusterSize, null, Double.NaN);
    }

    /** Dropped as a copy of {@code keptId}; {@code similarity} NaN when not estimated. */
    public static DupDecision duplicateOf(String keptId, double similarity) {
        return new DupDecision(0, keptId, similarity);
    }

    /** The cluster size an earlier pass gave {@code doc}, or 1: its weight in a later pass's clusters. */
    public static int weight(Document doc) {
        return DupMeta.weight(doc);
    }

    /** The outcome of a document no other document duplicates: kept, with the cluster size it already had. */
    public static Outcome alone(Document doc) {
        return Outcome.keep(DupMeta.withClusterSize(doc, DupMeta.weight(doc)));
    }

    /** The outcome of {@code doc} under this decision, dropped as {@code step} with {@code reason}. */
    public Outcome apply(Document doc, String step, String reason) {
        if (dupOf == null) return Outcome.keep(DupMeta.withClusterSize(doc, clusterSize));
        Document marked = doc.withMeta(DupMeta.DUP_OF, dupOf);
        if (!Double.isNaN(similarity)) marked = marked.withMeta(DupMeta.SIMILARITY, similarity);
        return Outcome.drop(marked, step, reason);
    }
}
