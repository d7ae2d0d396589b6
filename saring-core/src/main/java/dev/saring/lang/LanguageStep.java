package dev.saring.lang;

import dev.saring.model.Document;
import dev.saring.model.LanguageGuess;
import dev.saring.model.Outcome;
import dev.saring.pipeline.Params;
import dev.saring.pipeline.Step;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The {@code language} step: names each document's language ({@link Document#withLang}) and, when a set of
 * languages to keep is configured, drops the others with reason {@code language:<code>}
 * ({@code language:und} when the text gives no evidence, e.g. it is empty or has no letters).
 *
 * <p>The step holds its {@link LanguageIdentifier}; building a {@link LinguaIdentifier} loads models, so
 * {@link #defaults()} and {@link #fromParams(Params)} take a second or two: build the step once per
 * pipeline, or pass an identifier already built to {@link #LanguageStep(LanguageIdentifier, Set)}.
 * Immutable and safe to share across threads.
 *
 * <pre>{@code
 * Step lang = LanguageStep.fromParams(Params.of("language", Map.of("keep", "id,ms,en")));
 * lang.apply(doc);   // kept with lang=id, or dropped with reason language:fr
 * }</pre>
 */
public final class LanguageStep implements Step {

    public static final String NAME = "language";
    /** Reason prefix of a drop: {@code language:fr}. */
    public static final String REASON_PREFIX = "language:";

    private final LanguageIdentifier identifier;
    private final SortedSet<String> keep;

    /**
     * @param identifier built once and shared
     * @param keep       codes of the languages to keep; empty keeps every document
     */
    public LanguageStep(LanguageIdentifier identifier, Set<String> keep) {
        this.identifier = Objects.requireNonNull(identifier, "identifier");
        this.keep = Collections.unmodifiableSortedSet(new TreeSet<>(keep));
        var unknown = new TreeSet<>(this.keep);
        unknown.removeAll(identifier.languages());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("language.keep names " + String.join(",", unknown)
                    + ", which the identifier cannot recognise: allowed is a subset of " + String.join(",", identifier.languages()));
        }
    }

    /** Lingua with {@link LanguageOptions#defaults()}, keeping every document. Loads models. */
    public static LanguageStep defaults() {
        return new LanguageStep(LinguaIdentifier.load(LanguageOptions.defaults()), Set.of());
    }

    /**
     * From a config section: {@code keep} ({@code id,ms,en}; default: keep all) and the settings of
     * {@link LanguageOptions#fromParams(Params)}. Unknown keys are an error. Loads models.
     */
    public static LanguageStep fromParams(Params p) {
        SortedSet<String> keep;
        try {
            keep = LanguageOptions.parseCodes(p.string("keep", "all"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("language.keep: " + e.getMessage(), e);
        }
        LanguageOptions options = LanguageOptions.fromParams(p);
        p.finish();
        return new LanguageStep(LinguaIdentifier.load(options), keep);
    }

    /** The same identifier, keeping only these languages (empty: all). */
    public LanguageStep withKeep(Set<String> codes) {
        return new LanguageStep(identifier, codes);
    }

    public LanguageIdentifier identifier() {
        return identifier;
    }

    public Set<String> keep() {
        return keep;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome apply(Document doc) {
        LanguageGuess guess = identifier.identify(doc.text());
        Document withLang = doc.withLang(guess);
        if (!keep.isEmpty() && !keep.contains(guess.code())) {
            return Outcome.drop(withLang, NAME, REASON_PREFIX + guess.code());
        }
        return Outcome.keep(withLang);
    }

    @Override
    public String toString() {
        return "LanguageStep[keep=" + (keep.isEmpty() ? "all" : String.join(",", keep)) + ", " + identifier + "]";
    }
}
