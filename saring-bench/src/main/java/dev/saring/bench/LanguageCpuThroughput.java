package dev.saring.bench;

import dev.saring.filter.QualityFilters;
import dev.saring.lang.LanguageOptions;
import dev.saring.lang.LinguaIdentifier;
import dev.saring.model.Document;
import dev.saring.model.LanguageGuess;
import dev.saring.model.Outcome;
import dev.saring.model.Source;
import dev.saring.pipeline.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Documents per CPU-second of language identification and of the quality-filter chain, one thread, on the
 * 5 KB documents of {@link LanguageBenchmark} and {@link FilterChainBenchmark}: the same work measured by the
 * thread's CPU time, which machine sharing does not distort (see {@link CpuTime}).
 *
 * <pre>
 * java -Xmx1g -cp saring-bench/target/benchmarks.jar dev.saring.bench.LanguageCpuThroughput
 * </pre>
 */
public final class LanguageCpuThroughput {

    private static final int WARMUP_ROUNDS = 150;
    private static final int ROUNDS = 40;
    private static final List<String> LANGS = List.of("id", "ms", "en");
    private static final List<String> MODELS = List.of("all", "id,ms,en");

    private LanguageCpuThroughput() {
    }

    public static void main(String[] args) {
        long[] sink = {0};
        System.out.printf(Locale.ROOT, "%-6s %-10s %12s%n", "docs", "models", "docs/CPU-s");
        for (String models : MODELS) {
            var lingua = LinguaIdentifier.load(LanguageOptions.defaults().withModels(LanguageOptions.parseCodes(models)));
            for (String lang : LANGS) {
                List<String> docs = BenchDocuments.of(lang);
                double best = CpuTime.bestPerCpuSecond(WARMUP_ROUNDS, ROUNDS, docs.size(),
                        () -> { for (String d : docs) sink[0] += lingua.identify(d).code().length(); });
                System.out.printf(Locale.ROOT, "%-6s %-10s %12.0f  language id%n", lang, models, best);
            }
        }
        List<Step> chain = QualityFilters.defaultChain();
        for (String lang : LANGS) {
            var docs = new ArrayList<Document>();
            for (String text : BenchDocuments.of(lang)) {
                docs.add(Document.ofText("d" + docs.size(), Source.atOffset("bench", 0, docs.size(), 0), text)
                        .withLang(new LanguageGuess(lang, 1.0, "und", 0.0)));
            }
            double best = CpuTime.bestPerCpuSecond(WARMUP_ROUNDS, ROUNDS, docs.size(), () -> {
                for (Document d : docs) {
                    for (Step s : chain) {
                        if (s.apply(d) instanceof Outcome.Dropped) break;
                        sink[0]++;
                    }
                }
            });
            System.out.printf(Locale.ROOT, "%-6s %-10s %12.0f  filter chain%n", lang, "-", best);
        }
        if (sink[0] == Long.MIN_VALUE) System.out.println(sink[0]);
    }
}
