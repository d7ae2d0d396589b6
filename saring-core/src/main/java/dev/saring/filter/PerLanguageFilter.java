package dev.saring.filter;

import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.pipeline.LanguageAware;
import dev.saring.pipeline.Step;

import java.util.Objects;

/**
 * What the quality filters share: settings per language ({@link PerLanguage}: the document's language's,
 * the language-agnostic rules for a language without settings, never another language's), a switch, and a drop reason {@code <family>:<rule>} for the first rule a
 * document fails. A subclass says which rule fails. Immutable and safe to share across threads.
 *
 * <pre>{@code
 * GopherQualityFilter gopher = GopherQualityFilter.defaults();
 * gopher.settingsFor("id");      // the settings an Indonesian document is judged with
 * gopher.apply(doc);             // kept, or dropped with "gopher:min_words", ...
 * }</pre>
 *
 * @param <S> the filter's settings
 */
public abstract sealed class PerLanguageFilter<S extends PerLanguageFilter.Switch> implements Step, LanguageAware
        permits C4QualityFilter, FineWebQualityFilter, GopherQualityFilter, GopherRepetitionFilter, LanguageScoreFilter {

    /** Settings that can turn their filter off ({@code enabled = false}). */
    public interface Switch {
        boolean enabled();
    }

    private final String name;
    private final String family;
    private final PerLanguage<S> settings;

    PerLanguageFilter(String name, String family, PerLanguage<S> settings) {
        this.name = Objects.requireNonNull(name, "name");
        this.family = Objects.requireNonNull(family, "family");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The settings a document in {@code lang} is judged with. */
    public final S settingsFor(String lang) {
        return settings.of(lang);
    }

    /**
     * Whether {@code lang} has settings of its own here; a filter built with one set of settings for every
     * document ({@code fromParams}) has none per language, and judges every language alike.
     */
    @Override
    public final boolean hasSettingsFor(String lang) {
        return settings.has(lang);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Outcome apply(Document doc) {
        S s = settings.of(doc);
        if (!s.enabled()) return Outcome.keep(doc);
        String rule = failedRule(s, doc);
        return rule == null ? Outcome.keep(doc) : Outcome.drop(doc, name, family + rule);
    }

    /** The name of the first rule {@code doc} fails under {@code s} ({@code min_words}), or null. */
    abstract String failedRule(S s, Document doc);

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + settings + "]";
    }
}
