package dev.saring.bench;

import dev.saring.clean.C4LineFilter;
import dev.saring.clean.LineCleaner;
import dev.saring.clean.RefinedWebLineFilter;
import dev.saring.model.Document;
import dev.saring.model.Source;
import dev.saring.pipeline.Step;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Speed of the line cleaners on page dumps, one thread: the zyte line pages when the shared data is there
 * ({@code -Dsaring.shared=DIR}, default {@code ../shared}), else a generated page. Each operation cleans every
 * page once; the {@code lines} and {@code bytes} counters are reported per second, so {@code bytes} divided
 * by 10^6 is MB/s. {@code splitAndTrim} is the floor: cutting the same text into trimmed lines and nothing
 * else.
 *
 * <pre>
 * mvn -B -o -pl saring-bench -am package -DskipTests
 * java -jar saring-bench/target/benchmarks.jar CleanBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CleanBenchmark {

    private static final String ZYTE = "benchmarks/lines/zyte";
    private static final int GENERATED_PAGES = 50;

    private final List<Document> docs = new ArrayList<>();
    private long lines;
    private long bytes;
    private final Step saring = LineCleaner.defaults();
    private final Step c4 = C4LineFilter.defaults();
    private final Step refinedWeb = RefinedWebLineFilter.defaults();

    /** Lines and UTF-8 bytes cleaned, reported per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Throughput {
        public long lines;
        public long bytes;
    }

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path dir = Path.of(System.getProperty("saring.shared", "../shared")).resolve(ZYTE);
        List<String> texts = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        } else {
            for (int i = 0; i < GENERATED_PAGES; i++) texts.add(generatedPage(i));
        }
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            docs.add(Document.ofText("p" + i, Source.atOffset("bench", 0, i, 0), t));
            lines += t.lines().count();
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.printf("%nCleanBenchmark: %d pages, %d lines, %d bytes (%s)%n", docs.size(), lines, bytes,
                Files.isDirectory(dir) ? dir : "generated");
    }

    /** A page dump: a menu, an article with a related link, a headline list, a footer. */
    static String generatedPage(int n) {
        var sb = new StringBuilder();
        for (String m : List.of("Home", "News", "Politics", "Business", "Sport", "Weather", "Sign in", "Search")) sb.append(m).append('\n');
        sb.append("Council votes to close the old bridge ").append(n).append('\n');
        for (int p = 0; p < 8; p++) {
            sb.append("Engineers found cracks in two of the steel supports last spring, and a report published in June said ")
                    .append("the bridge could no longer carry lorries safely, the council said on Tuesday in paragraph ")
                    .append(p).append(".\n");
            if (p == 3) sb.append("Read more: Council Votes To Raise Parking Fees Again\n");
        }
        sb.append("Most popular\n");
        for (int h = 0; h < 10; h++) sb.append("Local Team Wins Cup Final After Penalties In Game ").append(h).append('\n');
        sb.append("© 2019 Example News. All rights reserved.\n");
        return sb.toString();
    }

    private int run(Step step, Throughput t) {
        int kept = 0;
        for (Document d : docs) kept += step.apply(d).document().text().length();
        t.lines += lines;
        t.bytes += bytes;
        return kept;
    }

    @Benchmark
    public int saring(Throughput t) {
        return run(saring, t);
    }

    @Benchmark
    public int c4(Throughput t) {
        return run(c4, t);
    }

    @Benchmark
    public int refinedWeb(Throughput t) {
        return run(refinedWeb, t);
    }

    /** The floor: the same text cut into trimmed lines, nothing else. */
    @Benchmark
    public int splitAndTrim(Throughput t) {
        int n = 0;
        for (Document d : docs) {
            String s = d.text();
            int start = 0;
            while (start <= s.length()) {
                int nl = s.indexOf('\n', start);
                int end = nl < 0 ? s.length() : nl;
                n += s.substring(start, end).strip().length();
                if (nl < 0) break;
                start = nl + 1;
            }
        }
        t.lines += lines;
        t.bytes += bytes;
        return n;
    }
}
