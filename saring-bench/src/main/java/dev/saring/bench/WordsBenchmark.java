package dev.saring.bench;

import dev.saring.text.Words;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Words per second of the shared tokenizer: the floor under every filter and under dedup shingling. */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class WordsBenchmark {

    private final String text = ("Dalam pertemuan, para pejabat Moskow juga menyerukan aksi untuk melawan militan. "
            + "The quick brown fox jumps over the lazy dog, 42 times in 2026. ").repeat(32);

    @Benchmark
    public int count() {
        return Words.ROOT.count(text);
    }
}
