package dev.saring.pipeline;

import dev.saring.model.Document;
import dev.saring.model.Outcome;

/**
 * A per-document step: keeps (possibly changes) or drops a document, with a reason. Steps are pure
 * functions of their configuration and the document: no global state, safe to call from many threads at
 * once, cheap enough to call billions of times.
 *
 * <pre>{@code
 * Step nonEmpty = Step.of("non-empty", d -> d.text().isBlank()
 *         ? Outcome.drop(d, "non-empty", "empty") : Outcome.keep(d));
 * }</pre>
 */
public non-sealed interface Step extends Stage {

    Outcome apply(Document doc);

    /** A step from a name and a function, for tests and small adapters. */
    static Step of(String name, java.util.function.Function<Document, Outcome> fn) {
        return new Step() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Outcome apply(Document doc) {
                return fn.apply(doc);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
