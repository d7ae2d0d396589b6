package dev.saring.pipeline;

import dev.saring.model.Document;
import dev.saring.model.LanguageGuess;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts each finished document under its language: a section {@code language:<code>} of {@link Stats} with
 * {@code read}, {@code kept}, {@code dropped} and {@code dropped:<step>:<reason>} ({@code language:none} for
 * documents dropped before a language was known), and, in {@link Stats#WITHOUT_SETTINGS}, the documents of
 * languages that no {@link LanguageAware} step of the pipeline has settings for. Immutable; safe to share.
 */
final class LanguageCounts {

    static final String NONE = "none";

    private final List<LanguageAware> aware = new ArrayList<>();

    LanguageCounts(Pipeline pipeline) {
        for (Pipeline.Segment seg : pipeline.segments()) {
            for (Step s : seg.steps()) {
                if (s instanceof LanguageAware a) aware.add(a);
            }
        }
    }

    void dropped(Stats stats, Document d, String step, String reason) {
        String section = count(stats, d);
        stats.add(section, "dropped", 1);
        stats.add(section, "dropped:" + step + ":" + reason, 1);
    }

    void kept(Stats stats, Document d) {
        stats.add(count(stats, d), "kept", 1);
    }

    private String count(Stats stats, Document d) {
        String lang = d.lang().map(LanguageGuess::code).orElse(NONE);
        if (!lang.equals(NONE) && !aware.isEmpty() && aware.stream().noneMatch(a -> a.hasSettingsFor(lang))) {
            stats.add(Stats.WITHOUT_SETTINGS, lang, 1);
        }
        String section = Stats.LANGUAGE_PREFIX + lang;
        stats.add(section, "read", 1);
        return section;
    }
}
