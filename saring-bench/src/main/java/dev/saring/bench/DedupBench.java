package dev.saring.bench;

import dev.saring.dedup.NearDedupPass;
import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.model.Source;
import dev.saring.pipeline.PassContext;
import dev.saring.pipeline.Step;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongConsumer;

/**
 * End-to-end near-dedup of generated documents: observe on all cores, decide, apply the decider to every
 * document (regenerated, as a runner reads its input twice), and print wall time, documents per second,
 * peak heap and what was found. {@code bench/dedup-1m.sh} runs it under {@code /usr/bin/time -v} for RSS.
 *
 * <pre>{@code
 * java -Xmx4g -cp saring-bench/target/benchmarks.jar dev.saring.bench.DedupBench 200k --threads 2
 * }</pre>
 */
public final class DedupBench {

    private static final long DEFAULT_DOCS = 1_000_000;
    private static final long DEFAULT_MEMORY_MB = 512;
    private static final int DEFAULT_WORDS = 500;
    private static final long DOCS_PER_SHARD = 100_000;
    private static final long GENERATION_SAMPLE = 20_000;
    private static final long SEED = 42;
    private static final double NANOS = 1e9;
    private static final long MIB = 1 << 20;

    private DedupBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        long docs = DEFAULT_DOCS;
        int threads = Runtime.getRuntime().availableProcessors();
        long memoryMb = DEFAULT_MEMORY_MB;
        int words = DEFAULT_WORDS;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--memory-mb" -> memoryMb = Long.parseLong(args[++i]);
                case "--words" -> words = Integer.parseInt(args[++i]);
                default -> docs = count(args[i]);
            }
        }
        var gen = new SyntheticText(SEED, words);
        var pass = NearDedupPass.defaults();
        Path work = Files.createTempDirectory("saring-dedup-bench-");
        System.out.printf(Locale.ROOT, "%s on %,d documents of ~%d words, %d threads, pass memory %d MiB%n",
                pass, docs, words, threads, memoryMb);

        var threadCpu = ManagementFactory.getThreadMXBean();
        for (long i = 0; i < Math.min(docs, GENERATION_SAMPLE); i++) gen.document(i);   // warm-up
        long g0 = threadCpu.getCurrentThreadCpuTime();
        long sampleChars = 0;
        long sample = Math.min(docs, GENERATION_SAMPLE);
        for (long i = 0; i < sample; i++) sampleChars += gen.document(i).length();
        double generateNsPerDoc = (threadCpu.getCurrentThreadCpuTime() - g0) / (double) sample;

        var chars = new LongAdder();
        var dropped = new LongAdder();
        var copies = new LongAdder();
        var copiesDropped = new LongAdder();
        NearDedupPass.Stats stats;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        long t1;
        long t2;
        long c1;
        long c2;
        try (var run = pass.start(new PassContext(work, memoryMb * MIB, threads))) {
            parallel(docs, threads, i -> {
                Document d = document(gen, i);
                chars.add(d.text().length());
                run.observe(d);
            });
            t1 = System.nanoTime();
            c1 = os.getProcessCpuTime();
            Step decide = run.decider();
            t2 = System.nanoTime();
            c2 = os.getProcessCpuTime();
            parallel(docs, threads, i -> {
                Outcome o = decide.apply(document(gen, i));
                boolean copy = gen.familyOf(i) != i;
                if (copy) copies.increment();
                if (o instanceof Outcome.Dropped) {
                    dropped.increment();
                    if (copy) copiesDropped.increment();
                }
            });
            stats = run.stats();
        }
        long t3 = System.nanoTime();
        long c3 = os.getProcessCpuTime();
        Files.deleteIfExists(work);

        double observe = (t1 - t0) / NANOS;
        double decide = (t2 - t1) / NANOS;
        double apply = (t3 - t2) / NANOS;
        double total = (t3 - t0) / NANOS;
        double generation = generateNsPerDoc * docs * 2 / NANOS / threads;
        System.out.printf(Locale.ROOT, "%-34s %,15d%n", "documents", docs);
        System.out.printf(Locale.ROOT, "%-34s %,15.1f%n", "text MB (chars/1e6)", chars.sum() / 1e6);
        System.out.printf(Locale.ROOT, "%-34s %15.1f%n", "mean chars per document", chars.sum() / (double) docs);
        System.out.printf(Locale.ROOT, "%-34s %15.2f%n", "observe s (generate + sign)", observe);
        System.out.printf(Locale.ROOT, "%-34s %15.2f%n", "decide s (merge, union, table)", decide);
        System.out.printf(Locale.ROOT, "%-34s %15.2f%n", "apply s (generate + look up)", apply);
        System.out.printf(Locale.ROOT, "%-34s %15.2f%n", "wall s", total);
        System.out.printf(Locale.ROOT, "%-34s %,15.0f%n", "documents/s end to end", docs / total);
        System.out.printf(Locale.ROOT, "%-34s %15.2f%n", "of which generating (est. s)", generation);
        System.out.printf(Locale.ROOT, "%-34s %,15.0f%n", "documents/s without generation", docs / Math.max(1e-9, total - generation));
        double observeCpu = (c1 - c0) / NANOS;
        System.out.printf(Locale.ROOT, "%-34s %15.2f%n", "CPU s observe / decide / apply", observeCpu);
        System.out.printf(Locale.ROOT, "%-34s %15.2f%n", "", (c2 - c1) / NANOS);
        System.out.printf(Locale.ROOT, "%-34s %15.2f%n", "", (c3 - c2) / NANOS);
        System.out.printf(Locale.ROOT, "%-34s %,15.0f%n", "docs per CPU-s, observe", docs / observeCpu);
        System.out.printf(Locale.ROOT, "%-34s %,15.0f%n", "docs per CPU-s, observe - generate", docs / (observeCpu - generateNsPerDoc * docs / NANOS));
        System.out.printf(Locale.ROOT, "%-34s %,15.0f%n", "docs per CPU-s, end to end", docs / ((c3 - c0) / NANOS));
        System.out.printf(Locale.ROOT, "%-34s %,15d%n", "candidate pairs", stats.candidates());
        System.out.printf(Locale.ROOT, "%-34s %,15d%n", "clusters", stats.clusters());
        System.out.printf(Locale.ROOT, "%-34s %,15d%n", "dropped", dropped.sum());
        System.out.printf(Locale.ROOT, "%-34s %,15d%n", "planted copies", copies.sum());
        System.out.printf(Locale.ROOT, "%-34s %,15d%n", "planted copies dropped", copiesDropped.sum());
        System.out.printf(Locale.ROOT, "%-34s %,15d%n", "run files spilled", stats.spills());
        System.out.printf(Locale.ROOT, "%-34s %,15d%n", "peak heap MiB", peakHeap() / MIB);
        System.out.printf(Locale.ROOT, "%-34s %15.1f%n", "generation CPU us/doc", generateNsPerDoc / 1e3);
        System.out.printf(Locale.ROOT, "%-34s %15.1f%n", "sample mean chars", sampleChars / (double) sample);
    }

    private static Document document(SyntheticText gen, long i) {
        var source = Source.atOffset("synthetic-" + i / DOCS_PER_SHARD, (int) (i / DOCS_PER_SHARD), i % DOCS_PER_SHARD, -1);
        return Document.ofText("doc-" + i, source, gen.document(i));
    }

    private static void parallel(long n, int threads, LongConsumer body) throws InterruptedException, ExecutionException {
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var futures = new ArrayList<Future<?>>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                futures.add(pool.submit(() -> {
                    for (long i = first; i < n; i += threads) body.accept(i);
                }));
            }
            for (Future<?> f : futures) f.get();
        } finally {
            pool.shutdown();
        }
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(u -> u.getUsed())
                .sum();
    }

    private static long count(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("_", "");
        if (t.endsWith("m")) return Long.parseLong(t.substring(0, t.length() - 1)) * 1_000_000;
        if (t.endsWith("k")) return Long.parseLong(t.substring(0, t.length() - 1)) * 1_000;
        return Long.parseLong(t);
    }
}
