package dev.saring.bench;

import dev.saring.dedup.MinHasher;
import dev.saring.dedup.NearDedupPass;
import dev.saring.text.Words;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Documents per second on one core: MinHash signatures of 5 KB documents with the default near-dedup
 * settings (5-grams, 112 permutations), and, for comparison, the tokenizer alone on the same documents.
 * Target: 20,000 signatures per second per core.
 *
 * <pre>{@code
 * java -jar saring-bench/target/benchmarks.jar MinHashBenchmark
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MinHashBenchmark {

    private static final int DOCS = 64;
    private static final int TARGET_CHARS = 5 * 1024;

    private final String[] docs = new String[DOCS];
    private final int[] sig = new int[112];
    private MinHasher.Signer signer;
    private int next;
    private int sink;

    @Setup
    public void setup() {
        var gen = new SyntheticText(7, 800);
        for (int i = 0, found = 0; found < DOCS; i++) {
            String d = gen.document(i);
            if (d.length() >= TARGET_CHARS) docs[found++] = d.substring(0, TARGET_CHARS);
        }
        signer = NearDedupPass.defaults().hasher().newSigner();
    }

    /** One 5 KB document's signature. */
    @Benchmark
    public int signature() {
        String d = docs[next++ & (DOCS - 1)];
        signer.sign(d, sig);
        return sig[0];
    }

    /** Only the word boundaries of the same document (ICU): the floor under {@link #signature()}. */
    @Benchmark
    public int tokenizeOnly() {
        String d = docs[next++ & (DOCS - 1)];
        sink = 0;
        Words.ROOT.forEachSpan(d, (s, e) -> sink += e);
        return sink;
    }
}
