package dev.saring.filter;

import dev.saring.model.Document;
import dev.saring.model.LanguageGuess;
import dev.saring.pipeline.Params;
import dev.saring.pipeline.Step;

import java.util.Map;
import java.util.Optional;

/**
 * FineWeb-2's per-language minimum of the language score: drops a document whose
 * {@linkplain LanguageGuess#score() score} is below its language's {@code min_score}, with reason
 * {@code language_score:too_low}. FineWeb-2's thresholds were set on GlotLID's probabilities; saring's
 * score is the share of the document's evidence for its language (see {@code LinguaIdentifier}), so the
 * same number is a looser or stricter bar depending on the language. Documents without a language (no
 * {@code language} step ran) are kept. A {@code min_score} of 0 turns the rule off. Immutable and safe to
 * share across threads.
 *
 * <pre>{@code
 * Step score = LanguageScoreFilter.fromParams(Params.of("language-score", Map.of("min_score", 0.685)));
 * }</pre>
 */
public final class LanguageScoreFilter extends PerLanguageFilter<LanguageScoreFilter.Settings> {

    public static final String NAME = "language-score";
    static final String FAMILY = "language_score:";
    static final String REASON = FAMILY + "too_low";

    LanguageScoreFilter(PerLanguage<Settings> settings) {
        super(NAME, FAMILY, settings);
    }

    public static LanguageScoreFilter defaults() {
        return new LanguageScoreFilter(PerLanguage.only(Settings.defaults()));
    }

    public static LanguageScoreFilter fromParams(Params p) {
        Settings s = Settings.fromParams(p, Settings.defaults());
        p.finish();
        return new LanguageScoreFilter(PerLanguage.only(s));
    }

    public static LanguageScoreFilter perLanguage(Settings fallback, Map<String, Settings> byLanguage) {
        return new LanguageScoreFilter(new PerLanguage<>(fallback, byLanguage));
    }

    @Override
    String failedRule(Settings s, Document doc) {
        Optional<LanguageGuess> lang = doc.lang();
        if (lang.isEmpty() || s.minScore() <= 0) return null;
        return lang.get().score() < s.minScore() ? "too_low" : null;
    }

    /** The minimum score, FineWeb-2's {@code language_score}. */
    public record Settings(boolean enabled, double minScore) implements PerLanguageFilter.Switch {

        /** FineWeb's English threshold, 0.65. */
        public static Settings defaults() {
            return new Settings(true, 0.65);
        }

        public static Settings fromParams(Params p, Settings base) {
            return new Settings(p.bool("enabled", base.enabled), p.doubleIn("min_score", base.minScore, 0, 1));
        }

        @Override
        public String toString() {
            return (enabled ? "" : "enabled=false, ") + "min_score=" + minScore;
        }
    }
}
