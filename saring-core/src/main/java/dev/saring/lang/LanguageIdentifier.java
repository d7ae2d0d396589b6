package dev.saring.lang;

import dev.saring.model.LanguageGuess;

import java.util.Set;

/**
 * Names the language of a text: an ISO 639-1 code, a score in [0, 1] and the runner-up. Implementations
 * are immutable and safe to call from many threads at once.
 *
 * <pre>{@code
 * LanguageIdentifier id = LinguaIdentifier.load(LanguageOptions.defaults());
 * LanguageGuess g = id.identify("Presiden meresmikan jalan tol baru di Jawa Tengah.");
 * g.code();       // "id"
 * g.runnerUp();   // "ms"
 * }</pre>
 */
public interface LanguageIdentifier {

    /** The language of {@code text}, or {@link LanguageGuess#UNKNOWN} when it has no evidence (no letters). */
    LanguageGuess identify(String text);

    /** The ISO 639-1 codes this identifier can answer, sorted. */
    Set<String> languages();
}
