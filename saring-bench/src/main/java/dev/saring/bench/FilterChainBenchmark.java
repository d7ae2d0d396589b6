package dev.saring.bench;

import dev.saring.filter.QualityFilters;
import dev.saring.model.Document;
import dev.saring.model.LanguageGuess;
import dev.saring.model.Outcome;
import dev.saring.model.Source;
import dev.saring.pipeline.Step;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;

/**
 * Documents per second of the full default quality chain (language score, Gopher repetition, Gopher
 * quality, C4, FineWeb), one thread, on 5 KB documents whose language is already set, so that each is
 * judged with its language's thresholds. A document goes through the steps until one drops it, as in a
 * pipeline. Run: {@code java -jar saring-bench/target/benchmarks.jar FilterChainBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = "-Xmx1g")
// Lingua (Kotlin) and ICU take seconds of JIT to reach steady state: long warm-up iterations, so that
// the short runs asked for (-wi 2 -i 3) measure the steady state.
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 3)
public class FilterChainBenchmark {

    @Param({"id", "ms", "en"})
    public String lang;

    private List<Step> chain;
    private List<Document> docs;
    private int next;

    @Setup
    public void setUp() {
        chain = QualityFilters.defaultChain();
        docs = new ArrayList<>();
        int i = 0;
        for (String text : BenchDocuments.of(lang)) {
            docs.add(Document.ofText("d" + i, Source.atOffset("bench", 0, i, 0), text)
                    .withLang(new LanguageGuess(lang, 1.0, "und", 0.0)));
            i++;
        }
    }

    /** Returns how many steps kept the document. */
    @Benchmark
    public int filter() {
        Document d = docs.get(next);
        next = (next + 1) % docs.size();
        int kept = 0;
        for (Step s : chain) {
            if (s.apply(d) instanceof Outcome.Dropped) break;
            kept++;
        }
        return kept;
    }
}
