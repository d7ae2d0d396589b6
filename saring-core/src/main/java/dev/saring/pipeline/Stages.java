package dev.saring.pipeline;

import dev.saring.clean.C4LineFilter;
import dev.saring.clean.LineCleaner;
import dev.saring.clean.RefinedWebLineFilter;
import dev.saring.clean.RepeatedLinesPass;
import dev.saring.dedup.ExactDedupPass;
import dev.saring.dedup.NearDedupPass;
import dev.saring.dedup.ParagraphDedupPass;
import dev.saring.extract.MainContentExtractor;

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
     * @param factory   builds the stage from its settings; reads every key it knows through {@link Params}
     */
    public record Entry(String name, String summary, boolean byDefault, Function<Params, Stage> factory) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(MainContentExtractor.NAME, "HTML to the main content, as blocks with roles", true, MainContentExtractor::fromParams),
            new Entry(LineCleaner.NAME, "gives every line a role; drops furniture lines and inline pieces", true, LineCleaner::fromParams),
            new Entry(C4LineFilter.NAME, "C4's line rules (reference cleaner)", false, C4LineFilter::fromParams),
            new Entry(RefinedWebLineFilter.NAME, "RefinedWeb's line corrections (reference cleaner)", false, RefinedWebLineFilter::fromParams),
            new Entry(RepeatedLinesPass.NAME, "drops lines repeated on several pages of one host", true, RepeatedLinesPass::fromParams),
            new Entry("non-empty", "drops documents left without text", true, p -> new NonEmpty()),
            new Entry(ExactDedupPass.NAME, "drops exact duplicates (normalised text), keeps the first", true, ExactDedupPass::fromParams),
            new Entry(NearDedupPass.NAME, "drops near duplicates (MinHash LSH), keeps the first", true, NearDedupPass::fromParams),
            new Entry(ParagraphDedupPass.NAME, "removes paragraphs seen earlier in the corpus", false, ParagraphDedupPass::fromParams));

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
        for (String section : settings.keySet()) {
            if (!names.contains(section)) {
                throw new IllegalArgumentException("settings for stage '" + section + "', which is not in the pipeline "
                        + names + (BY_NAME.containsKey(section) ? "" : " (known stages: " + String.join(", ", BY_NAME.keySet()) + ")"));
            }
        }
        var builder = Pipeline.builder();
        for (String n : names) {
            Map<String, ?> section = settings.get(n);
            Params p = Params.of(n, section == null ? Map.of() : section);
            builder.stage(BY_NAME.get(n).factory().apply(p));
            p.finish();
        }
        return builder.build();
    }

    /** Names known to this build. */
    public static Set<String> names() {
        return BY_NAME.keySet();
    }
}
