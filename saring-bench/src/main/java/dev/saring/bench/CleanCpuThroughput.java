package dev.saring.bench;

import dev.saring.clean.C4LineFilter;
import dev.saring.clean.LineCleaner;
import dev.saring.clean.RefinedWebLineFilter;
import dev.saring.model.Document;
import dev.saring.model.Source;
import dev.saring.pipeline.Step;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Throughput of the line cleaners per CPU-second of the measuring thread, on the same pages as
 * {@link CleanBenchmark}: on a machine shared with other work, wall-clock benchmarks measure the sharing; the
 * thread's CPU time does not. Prints the best of several rounds after a warm-up, next to a bare split-and-trim.
 *
 * <pre>
 * java -cp saring-bench/target/benchmarks.jar dev.saring.bench.CleanCpuThroughput
 * </pre>
 */
public final class CleanCpuThroughput {

    private static final int WARMUP_ROUNDS = 30;
    private static final int ROUNDS = 15;
    private static final double MEGA = 1e6;

    private CleanCpuThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("saring.shared", "../shared")).resolve("benchmarks/lines/zyte");
        List<String> texts = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) texts.add(Files.readString(p));
            }
        } else {
            for (int i = 0; i < 50; i++) texts.add(CleanBenchmark.generatedPage(i));
        }
        long bytes = 0;
        long lines = 0;
        var docs = new ArrayList<Document>();
        for (int i = 0; i < texts.size(); i++) {
            bytes += texts.get(i).getBytes(StandardCharsets.UTF_8).length;
            lines += texts.get(i).lines().count();
            docs.add(Document.ofText("p" + i, Source.atOffset("bench", 0, i, 0), texts.get(i)));
        }
        System.out.printf(Locale.ROOT, "%d pages, %d lines, %d bytes (%s)%n", docs.size(), lines, bytes,
                Files.isDirectory(dir) ? dir : "generated");
        Map<String, Step> steps = new LinkedHashMap<>();
        steps.put("saring", LineCleaner.defaults());
        steps.put("c4", C4LineFilter.defaults());
        steps.put("refinedweb", RefinedWebLineFilter.defaults());
        long[] sink = {0};
        double mb = bytes / MEGA;
        for (var e : steps.entrySet()) {
            double best = CpuTime.bestPerCpuSecond(WARMUP_ROUNDS, ROUNDS, mb,
                    () -> { for (Document d : docs) sink[0] += e.getValue().apply(d).document().text().length(); });
            System.out.printf(Locale.ROOT, "%-12s %7.1f MB/s %10.0f lines/s per CPU-second%n", e.getKey(), best, best / mb * lines);
        }
        double best = CpuTime.bestPerCpuSecond(WARMUP_ROUNDS, ROUNDS, mb,
                () -> { for (String s : texts) for (String l : s.split("\n", -1)) sink[0] += l.strip().length(); });
        System.out.printf(Locale.ROOT, "%-12s %7.1f MB/s %10.0f lines/s per CPU-second%n", "split+trim", best, best / mb * lines);
        if (sink[0] == Long.MIN_VALUE) System.out.println(sink[0]);
    }
}
