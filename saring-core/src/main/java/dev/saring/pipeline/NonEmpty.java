package dev.saring.pipeline;

import dev.saring.model.Document;
import dev.saring.model.Outcome;

/**
 * Drops a document left without text (after extraction or cleaning), reason {@code empty}: the last guard
 * of a pipeline, so that no empty record reaches {@code clean/}.
 */
public final class NonEmpty implements Step {

    @Override
    public String name() {
        return "non-empty";
    }

    @Override
    public Outcome apply(Document doc) {
        return doc.text().isBlank() ? Outcome.drop(doc, name(), "empty") : Outcome.keep(doc);
    }

    @Override
    public String toString() {
        return "NonEmpty";
    }
}
