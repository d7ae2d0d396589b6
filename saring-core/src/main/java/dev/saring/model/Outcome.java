package dev.saring.model;

import java.util.Objects;

/**
 * What a step did with a document: kept it (possibly changed), or dropped it with the step's name and a
 * reason. Dropped documents go to the rejects stream, never nowhere.
 *
 * <pre>{@code
 * Outcome o = text.isBlank() ? Outcome.drop(doc, "extract", "empty") : Outcome.keep(doc.withText(text));
 * }</pre>
 */
public sealed interface Outcome {

    Document document();

    static Outcome keep(Document doc) {
        return new Kept(doc);
    }

    static Outcome drop(Document doc, String step, String reason) {
        return new Dropped(doc, step, reason);
    }

    /** The document goes on, as given. */
    record Kept(Document document) implements Outcome {
        public Kept {
            Objects.requireNonNull(document, "document");
        }
    }

    /** The document stops here: {@code step} dropped it for {@code reason} (e.g. {@code gopher:mean_word_length}). */
    record Dropped(Document document, String step, String reason) implements Outcome {
        public Dropped {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
