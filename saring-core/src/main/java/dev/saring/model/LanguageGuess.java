package dev.saring.model;

import java.util.Objects;

/**
 * The language of a document: an ISO 639-1 code (or {@code "und"} when unknown), a relative confidence
 * in [0, 1], and the runner-up.
 *
 * <pre>{@code
 * new LanguageGuess("id", 0.93, "ms", 0.05)
 * }</pre>
 */
public record LanguageGuess(String code, double score, String runnerUp, double runnerUpScore) {

    /** Unknown language: code {@code und}, score 0. */
    public static final LanguageGuess UNKNOWN = new LanguageGuess("und", 0, "und", 0);

    public LanguageGuess {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(runnerUp, "runnerUp");
    }

    public boolean isKnown() {
        return !"und".equals(code);
    }
}
