package dev.saring.assembly;

import dev.saring.clean.C4LineFilter;
import dev.saring.clean.LineCleaner;
import dev.saring.clean.RefinedWebLineFilter;
import dev.saring.clean.RepeatedLinesPass;
import dev.saring.dedup.ExactDedupPass;
import dev.saring.dedup.NearDedupPass;
import dev.saring.dedup.ParagraphDedupPass;
import dev.saring.extract.MainContentExtractor;
import dev.saring.filter.C4QualityFilter;
import dev.saring.filter.FineWebQualityFilter;
import dev.saring.filter.GopherQualityFilter;
import dev.saring.filter.GopherRepetitionFilter;
import dev.saring.filter.LanguageScoreFilter;
import dev.saring.filter.QualityFilters;
import dev.saring.lang.LanguageStep;
import dev.saring.pii.PiiFormatter;
import dev.saring.pipeline.NonEmpty;
import dev.saring.pipeline.Params;
import dev.saring.pipeline.Pipeline;
import dev.saring.pipeline.Stage;
import dev.saring.pipeline.Step;
import dev.saring.repair.TextRepair;
import dev.saring.tokens.TokenCount;
import dev.saring.url.UrlFilter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The stages saring knows by name, and how a pipeline is assembled from names and settings: the one place
 * where the command line, config files and the Spark runner turn names into a {@link Pipeline}.
 *
 * <pre>{@code
 * Pipeline p = Stages.pipeline(Stages.defaultNames(), Map.of("non-empty", Map.of()));
 * }</pre>
 */
public final class Stages {

    /**
     * A stage saring can build by name.
     *
     * @param name      the name in config files ({@code steps = extract, clean}) and in stats and rejects
     * @param summary   one line for help texts
     * @param byDefault part of the default pipeline of {@code saring run}
     * @param factory   builds the stage from its settings; reads every key it knows through {@link Params};
     *                  null for the quality filters, which {@link QualityFilters} builds together, with
     *                  per-language sections ({@code gopher-quality:id})
     */
    public record Entry(String name, String summary, boolean byDefault, Function<Params, Stage> factory) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(UrlFilter.NAME, "drops documents by URL: block lists, banned words and subwords (FineWeb's first step)", true, UrlFilter::fromParams),
            new Entry(MainContentExtractor.NAME, "HTML to the main content, as blocks with roles", true, MainContentExtractor::fromParams),
            new Entry(TextRepair.NAME, "repairs mojibake, leftover HTML entities, control characters; NFC", true, TextRepair::fromParams),
            new Entry(LineCleaner.NAME, "gives every line a role; drops furniture lines and inline pieces", true, LineCleaner::fromParams),
            new Entry(C4LineFilter.NAME, "C4's line rules (reference cleaner)", false, C4LineFilter::fromParams),
            new Entry(RefinedWebLineFilter.NAME, "RefinedWeb's line corrections (reference cleaner)", false, RefinedWebLineFilter::fromParams),
            new Entry(RepeatedLinesPass.NAME, "drops lines repeated on several pages of one host", true, RepeatedLinesPass::fromParams),
            new Entry("non-empty", "drops documents left without text", true, p -> new NonEmpty()),
            new Entry(LanguageStep.NAME, "identifies the language (Lingua); keep=id,ms,en drops the others", true, LanguageStep::fromParams),
            new Entry(LanguageScoreFilter.NAME, "drops documents whose language score is under the language's threshold", true, null),
            new Entry(GopherRepetitionFilter.NAME, "Gopher repetition rules", true, null),
            new Entry(GopherQualityFilter.NAME, "Gopher quality rules", true, null),
            new Entry(C4QualityFilter.NAME, "C4 document rules", true, null),
            new Entry(FineWebQualityFilter.NAME, "FineWeb quality rules", true, null),
            new Entry(ExactDedupPass.NAME, "drops exact duplicates (normalised text), keeps the first", true, ExactDedupPass::fromParams),
            new Entry(NearDedupPass.NAME, "drops near duplicates (MinHash LSH), keeps the first", true, NearDedupPass::fromParams),
            new Entry(ParagraphDedupPass.NAME, "removes paragraphs seen earlier in the corpus", false, ParagraphDedupPass::fromParams),
            new Entry(PiiFormatter.NAME, "replaces e-mail and public IP addresses in kept text (phones with phones=true)", true, PiiFormatter::fromParams),
            new Entry(TokenCount.NAME, "counts tokens of kept text (cl100k_base) into meta.token_count and stats", true, TokenCount::fromParams));

    private static final Map<String, Entry> BY_NAME = ENTRIES.stream()
            .collect(Collectors.toMap(Entry::name, e -> e, (a, b) -> a, LinkedHashMap::new));

    private Stages() {
    }

    /** Every known stage, in the order of the default pipeline. */
    public static List<Entry> all() {
        return ENTRIES;
    }

    /** The names of the default pipeline of {@code saring run}, in order. */
    public static List<String> defaultNames() {
        return ENTRIES.stream().filter(Entry::byDefault).map(Entry::name).toList();
    }

    /**
     * The pipeline of these stages, each built from its section of {@code settings} (stage name to settings).
     *
     * @throws IllegalArgumentException for an unknown stage name, a settings section of a stage that is not
     *                                  in the pipeline, or a bad setting (the message names it)
     */
    public static Pipeline pipeline(List<String> names, Map<String, ? extends Map<String, ?>> settings) {
        var unknown = new ArrayList<String>();
        for (String n : names) if (!BY_NAME.containsKey(n)) unknown.add(n);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown stage " + unknown + " (known: " + String.join(", ", BY_NAME.keySet()) + ")");
        }
        var qualitySettings = new LinkedHashMap<String, Map<String, ?>>();
        for (var e : settings.entrySet()) {
            String stage = stageOf(e.getKey());
            if (!names.contains(stage)) {
                throw new IllegalArgumentException("settings for stage '" + stage + "', which is not in the pipeline "
                        + names + (BY_NAME.containsKey(stage) ? "" : " (known stages: " + String.join(", ", BY_NAME.keySet()) + ")"));
            }
            if (BY_NAME.get(stage).factory() == null) qualitySettings.put(e.getKey(), e.getValue());
            else if (!stage.equals(e.getKey())) {
                throw new IllegalArgumentException("stage '" + stage + "' has no per-language settings: use " + stage + ".<setting>");
            }
        }
        Map<String, Step> quality = new LinkedHashMap<>();
        if (names.stream().anyMatch(n -> BY_NAME.get(n).factory() == null)) {
            for (Step step : QualityFilters.chain(qualitySettings)) quality.put(step.name(), step);
        }
        var builder = Pipeline.builder();
        for (String n : names) {
            Entry entry = BY_NAME.get(n);
            if (entry.factory() == null) {
                // left out of the chain when disabled for every language
                if (quality.containsKey(n)) builder.stage(quality.get(n));
                continue;
            }
            Map<String, ?> section = settings.get(n);
            Params p = Params.of(n, section == null ? Map.of() : section);
            builder.stage(entry.factory().apply(p));
            p.finish();
        }
        return builder.build();
    }

    /** The stage a settings section belongs to: {@code gopher-quality:id} belongs to {@code gopher-quality}. */
    private static String stageOf(String section) {
        int colon = section.indexOf(':');
        return colon < 0 ? section : section.substring(0, colon);
    }

    /** Names known to this build. */
    public static Set<String> names() {
        return BY_NAME.keySet();
    }
}
