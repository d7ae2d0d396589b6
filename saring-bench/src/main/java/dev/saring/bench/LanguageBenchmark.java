package dev.saring.bench;

import dev.saring.lang.LanguageOptions;
import dev.saring.lang.LinguaIdentifier;
import dev.saring.model.LanguageGuess;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;

/**
 * Documents per second of document-level language identification, one thread, on 5 KB documents: the
 * default options (all 75 languages, low accuracy) and models narrowed to Indonesian, Malay and English.
 * Run: {@code java -jar saring-bench/target/benchmarks.jar LanguageBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = "-Xmx1g")
// Lingua (Kotlin) and ICU take seconds of JIT to reach steady state: long warm-up iterations, so that
// the short runs asked for (-wi 2 -i 3) measure the steady state.
@Warmup(iterations = 2, time = 8)
@Measurement(iterations = 3, time = 3)
public class LanguageBenchmark {

    @Param({"id", "ms", "en"})
    public String lang;

    @Param({"all", "id,ms,en"})
    public String models;

    private LinguaIdentifier lingua;
    private List<String> docs;
    private int next;

    @Setup
    public void setUp() {
        lingua = LinguaIdentifier.load(LanguageOptions.defaults().withModels(LanguageOptions.parseCodes(models)));
        docs = BenchDocuments.of(lang);
    }

    @Benchmark
    public LanguageGuess identify() {
        String doc = docs.get(next);
        next = (next + 1) % docs.size();
        return lingua.identify(doc);
    }
}
