package dev.saring.filter;

import dev.saring.model.Document;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The settings of a filter for each language that has its own, and the fallback (the language-agnostic
 * rules of the table's {@code und} entry) for the rest: a document is judged with the settings of the
 * language the {@code language} step gave it.
 */
final class PerLanguage<S> {

    private final S fallback;
    private final Map<String, S> byLanguage;

    PerLanguage(S fallback, Map<String, S> byLanguage) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.byLanguage = Map.copyOf(byLanguage);
    }

    static <S> PerLanguage<S> only(S settings) {
        return new PerLanguage<>(settings, Map.of());
    }

    S of(Document doc) {
        return doc.lang().map(g -> byLanguage.get(g.code())).orElse(fallback);
    }

    S of(String lang) {
        return byLanguage.getOrDefault(lang, fallback);
    }

    /** Whether {@code lang} has settings of its own (else it gets the fallback). */
    boolean has(String lang) {
        return byLanguage.containsKey(lang);
    }

    S fallback() {
        return fallback;
    }

    /** {@code min_words=50, …} or {@code min_words=50, …; id: min_words=50, …} in language order. */
    @Override
    public String toString() {
        var sb = new StringBuilder(fallback.toString());
        new TreeMap<>(byLanguage).forEach((lang, s) -> sb.append("; ").append(lang).append(": ").append(s));
        return sb.toString();
    }
}
