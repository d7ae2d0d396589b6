package dev.saring.dedup;

import dev.saring.dedup.internal.BlobStore;
import dev.saring.dedup.internal.OrdinalTable;
import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.pipeline.Step;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Applies the decisions of a document-level dedup run, looked up by the document's ordinal. A decision
 * record holds the ordinal, the cluster size (a kept document) or 0 (a dropped one), a reference to the
 * kept document's id and, when the record has a fourth field, the similarity's bits. A document without a
 * record is alone in its cluster. Thread-safe.
 */
final class DupDecider implements Step {

    private final String name;
    private final String reason;
    private final OrdinalTable table;
    private final BlobStore ids;

    DupDecider(String name, String reason, OrdinalTable table, BlobStore ids) {
        this.name = name;
        this.reason = reason;
        this.table = table;
        this.ids = ids;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Outcome apply(Document doc) {
        try {
            long[] rec = table.lookup(doc.source().ordinal());
            if (rec.length == 0) return DupDecision.alone(doc);
            DupDecision decision = rec[1] > 0 ? DupDecision.keeper((int) rec[1])
                    : DupDecision.duplicateOf(ids.read(rec[2]), rec.length > 3 ? Double.longBitsToDouble(rec[3]) : Double.NaN);
            return decision.apply(doc, name, reason);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read decisions", e);
        }
    }

    @Override
    public String toString() {
        return name + "-decider[" + table.size() + " decisions]";
    }
}
