package dev.saring.filter;

import dev.saring.pipeline.Params;
import dev.saring.pipeline.Step;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Builds the chain of quality filters, each with the settings of every language of a {@link LanguageTable}
 * (the table's language-agnostic {@code und} entry for the languages it lacks, never another language's),
 * and the run's overrides on top.
 *
 * <p>The chain, in order: {@code language-score}, {@code gopher-repetition}, {@code gopher-quality},
 * {@code c4-quality}, {@code fineweb-quality} (FineWeb's order; a document is dropped by the first rule it
 * fails, so the order only decides which reason is reported). A step that is {@code enabled: false} for
 * every language is left out. The filters share one tokenisation of each document.
 *
 * <p>Overrides are a map of section → settings, as a config file gives them: a section named after a step
 * ({@code gopher-quality}) applies to every language, one named {@code gopher-quality:id} to one language
 * (which then has settings of its own even if the table has no entry for it). An unknown section or
 * setting, or a value out of range, is an {@link IllegalArgumentException} naming it and the allowed range.
 *
 * <pre>{@code
 * List<Step> chain = QualityFilters.chain(Map.of(
 *         "gopher-quality", Map.of("min_doc_words", 100),
 *         "c4-quality:en", Map.of("enabled", false)));
 * }</pre>
 */
public final class QualityFilters {

    /**
     * The table entry of the language-agnostic rules, which documents in languages without settings of their
     * own (and documents without a language) get.
     */
    public static final String FALLBACK_LANGUAGE = "und";
    /** The steps, in chain order. */
    public static final List<String> SECTIONS = List.of(LanguageScoreFilter.NAME, GopherRepetitionFilter.NAME,
            GopherQualityFilter.NAME, C4QualityFilter.NAME, FineWebQualityFilter.NAME);
    private static final char LANGUAGE_SEPARATOR = ':';

    private QualityFilters() {
    }

    /** The chain with the built-in table and no overrides. */
    public static List<Step> defaultChain() {
        return chain(LanguageTable.builtIn(), Map.of());
    }

    /** The chain with the built-in table and these overrides. */
    public static List<Step> chain(Map<String, ? extends Map<String, ?>> overrides) {
        return chain(LanguageTable.builtIn(), overrides);
    }

    /** The chain with this table and these overrides. */
    public static List<Step> chain(LanguageTable table, Map<String, ? extends Map<String, ?>> overrides) {
        var bySection = splitOverrides(overrides);
        var profiles = new TextProfiles();
        var steps = new ArrayList<Step>();
        for (String section : SECTIONS) {
            var o = bySection.getOrDefault(section, new Overrides());
            Step s = switch (section) {
                case LanguageScoreFilter.NAME -> build(table, section, o, LanguageScoreFilter.Settings::defaults,
                        LanguageScoreFilter.Settings::fromParams, LanguageScoreFilter.Settings::enabled,
                        (fb, by) -> new LanguageScoreFilter(new PerLanguage<>(fb, by)));
                case GopherRepetitionFilter.NAME -> build(table, section, o, GopherRepetitionFilter.Settings::defaults,
                        GopherRepetitionFilter.Settings::fromParams, GopherRepetitionFilter.Settings::enabled,
                        (fb, by) -> new GopherRepetitionFilter(new PerLanguage<>(fb, by), profiles));
                case GopherQualityFilter.NAME -> build(table, section, o, GopherQualityFilter.Settings::defaults,
                        GopherQualityFilter.Settings::fromParams, st -> st.enabled,
                        (fb, by) -> new GopherQualityFilter(new PerLanguage<>(fb, by), profiles));
                case C4QualityFilter.NAME -> build(table, section, o, C4QualityFilter.Settings::defaults,
                        C4QualityFilter.Settings::fromParams, C4QualityFilter.Settings::enabled,
                        (fb, by) -> new C4QualityFilter(new PerLanguage<>(fb, by), profiles));
                case FineWebQualityFilter.NAME -> build(table, section, o, FineWebQualityFilter.Settings::defaults,
                        FineWebQualityFilter.Settings::fromParams, FineWebQualityFilter.Settings::enabled,
                        (fb, by) -> new FineWebQualityFilter(new PerLanguage<>(fb, by), profiles));
                default -> throw new IllegalStateException(section);
            };
            if (s != null) steps.add(s);
        }
        return List.copyOf(steps);
    }

    /** The overrides of one section: for every language, and per language. */
    private static final class Overrides {
        Map<String, ?> all = Map.of();
        final Map<String, Map<String, ?>> byLanguage = new LinkedHashMap<>();
    }

    private static Map<String, Overrides> splitOverrides(Map<String, ? extends Map<String, ?>> overrides) {
        var out = new HashMap<String, Overrides>();
        overrides.forEach((key, settings) -> {
            int sep = key.indexOf(LANGUAGE_SEPARATOR);
            String section = sep < 0 ? key : key.substring(0, sep);
            if (!SECTIONS.contains(section)) {
                throw new IllegalArgumentException("unknown filter section '" + key + "': known are "
                        + String.join(", ", SECTIONS) + " (optionally with :<language>)");
            }
            var o = out.computeIfAbsent(section, s -> new Overrides());
            Map<String, ?> values = settings == null ? Map.of() : settings;
            if (sep < 0) {
                o.all = values;
            } else {
                o.byLanguage.put(key.substring(sep + 1), values);
            }
        });
        return out;
    }

    private static <S> Step build(LanguageTable table, String section, Overrides o, Supplier<S> defaults,
                                  BiFunction<Params, S, S> read, Predicate<S> enabled,
                                  BiFunction<S, Map<String, S>, Step> make) {
        var languages = new TreeSet<>(table.languages());
        languages.addAll(o.byLanguage.keySet());
        // A table of one's own without the language-agnostic entry still gets the built-in one.
        LanguageTable agnostic = table.languages().contains(FALLBACK_LANGUAGE) ? table : LanguageTable.builtIn();
        S fallback = settingsFor(FALLBACK_LANGUAGE, agnostic, section, o, defaults.get(), read);
        var byLanguage = new LinkedHashMap<String, S>();
        boolean anyEnabled = enabled.test(fallback);
        for (String lang : languages) {
            if (lang.equals(FALLBACK_LANGUAGE)) continue;
            // A language without its own settings for this step takes the language-agnostic ones (with the run's overrides).
            if (!table.has(lang, section) && !o.byLanguage.containsKey(lang)) continue;
            S base = table.has(lang, section) ? defaults.get() : settingsFor(FALLBACK_LANGUAGE, agnostic, section, new Overrides(), defaults.get(), read);
            S s = settingsFor(lang, table, section, o, base, read);
            byLanguage.put(lang, s);
            anyEnabled |= enabled.test(s);
        }
        return anyEnabled ? make.apply(fallback, byLanguage) : null;
    }

    /** {@code base}, then the table's entry for {@code lang}, then the overrides for all, then for {@code lang}. */
    private static <S> S settingsFor(String lang, LanguageTable table, String section, Overrides o, S base,
                                     BiFunction<Params, S, S> read) {
        S s = base;
        if (table.has(lang, section)) s = readAll(Params.of(table.origin() + " " + lang + "." + section, table.settings(lang, section)), s, read);
        s = readAll(Params.of(section, o.all), s, read);
        Map<String, ?> mine = o.byLanguage.get(lang);
        if (mine != null) s = readAll(Params.of(section + LANGUAGE_SEPARATOR + lang, mine), s, read);
        return s;
    }

    private static <S> S readAll(Params p, S base, BiFunction<Params, S, S> read) {
        S s = read.apply(p, base);
        p.finish();
        return s;
    }
}
