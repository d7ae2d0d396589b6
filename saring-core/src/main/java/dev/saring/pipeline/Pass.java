package dev.saring.pipeline;

import dev.saring.model.Document;

import java.io.Closeable;
import java.io.IOException;

/**
 * A whole-corpus stage in two phases: first every document is {@linkplain Observation#observe observed}
 * (collecting compact state: hashes, counts), then a {@linkplain Observation#decider() decider} step is
 * applied to every document. Repeated-line removal and deduplication are passes.
 *
 * <p>The pass itself is immutable configuration; {@link #start(PassContext)} creates the mutable state of
 * one run. Decisions must not depend on the order in which documents were observed: use
 * {@link dev.saring.model.Source#ordinal()} to break ties (for instance "keep the first in input order").
 *
 * <pre>{@code
 * try (Pass.Observation obs = pass.start(ctx)) {
 *     docs.parallelStream().forEach(obs::observe);
 *     Step decide = obs.decider();
 *     docs.forEach(d -> sink.accept(decide.apply(d)));
 * }
 * }</pre>
 */
public non-sealed interface Pass extends Stage {

    Observation start(PassContext ctx) throws IOException;

    /** The state of one run of a pass. {@link #observe} is called from many threads at once. */
    interface Observation extends Closeable {

        void observe(Document doc);

        /** Called once, after every document was observed. The step is used from many threads. */
        Step decider() throws IOException;

        /** Frees memory and deletes temporary files. */
        @Override
        default void close() throws IOException {
        }
    }
}
