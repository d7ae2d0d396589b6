package dev.saring.bench;

import dev.saring.eval.BenchmarkLayout;
import dev.saring.eval.BenchmarkPage;
import dev.saring.eval.ExtractionBenchmark;
import dev.saring.extract.MainContentExtractor;
import dev.saring.model.Document;
import dev.saring.model.RawContent;
import dev.saring.model.Source;
import org.jsoup.Jsoup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Pages per second of {@code saring extract} on the pages of an extraction benchmark, held in memory, on
 * one core and on all cores, next to a bare jsoup parse plus {@code text()} of the same pages (the floor
 * any jsoup-based extractor stands on). Each measure runs whole passes over the pages until it has run
 * for the given seconds, after a warm-up; each is taken {@value #ROUNDS} times, alternating, and the best
 * kept, since other work on a shared machine can only slow a measure down. {@code bench/extract-speed.sh} runs this
 * beside Readability.js and readability-lxml.
 *
 * <pre>{@code
 * java -cp saring-bench/target/benchmarks.jar dev.saring.bench.ExtractSpeed DIR [seconds] [threads]
 * }</pre>
 */
public final class ExtractSpeed {

    private static final double DEFAULT_SECONDS = 5;
    /** Each measure is taken this many times and the best kept: other work on the machine only slows. */
    private static final int ROUNDS = 3;
    private static final double NANOS_PER_SECOND = 1e9;

    private ExtractSpeed() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: ExtractSpeed BENCHMARK_DIR [seconds] [threads]");
            System.exit(1);
        }
        Path dir = Path.of(args[0]);
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : DEFAULT_SECONDS;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        ExtractionBenchmark bench = ExtractionBenchmark.read(dir, BenchmarkLayout.detect(dir));
        List<RawContent> pages = new ArrayList<>();
        long bytes = 0;
        for (BenchmarkPage p : bench.pages()) {
            byte[] html = p.html();
            bytes += html.length;
            pages.add(new RawContent(html, "text/html", p.charset()));
        }
        System.out.printf(Locale.ROOT, "%d pages, %.1f MB of HTML, %.0f s per measure, %d cores%n",
                pages.size(), bytes / 1e6, seconds, threads);
        MainContentExtractor extractor = MainContentExtractor.defaults();
        Consumer<RawContent> extract = raw -> extractor.apply(
                Document.ofRaw("p", Source.atOffset("bench", 0, 0, 0), raw));
        Consumer<RawContent> parse = raw -> Jsoup.parse(new String(raw.bytes(), StandardCharsets.UTF_8)).text();

        measure(pages, extract, threads, seconds);   // warm-up
        measure(pages, parse, threads, seconds);
        double one = 0;
        double all = 0;
        double floor = 0;
        for (int round = 0; round < ROUNDS; round++) {
            one = Math.max(one, measure(pages, extract, 1, seconds));
            all = Math.max(all, measure(pages, extract, threads, seconds));
            floor = Math.max(floor, measure(pages, parse, 1, seconds));
        }
        row("saring extract, 1 core", one);
        row("saring extract, " + threads + " cores", all);
        row("jsoup parse + text(), 1 core", floor);
    }

    private static void row(String name, double pagesPerSecond) {
        System.out.printf(Locale.ROOT, "%-40s %8.1f pages/s %8.2f ms/page%n", name, pagesPerSecond, 1000 / pagesPerSecond);
    }

    /** Pages per second of {@code work} on {@code threads} threads, whole passes over the pages for at least {@code seconds}. */
    static double measure(List<RawContent> pages, Consumer<RawContent> work, int threads, double seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * NANOS_PER_SECOND);
        AtomicLong done = new AtomicLong();
        var workers = new ArrayList<Thread>();
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int offset = t * pages.size() / threads;   // threads start at different pages
            Thread w = new Thread(() -> {
                int i = offset;
                do {
                    for (int k = 0; k < pages.size(); k++) {
                        work.accept(pages.get(i));
                        i = (i + 1) % pages.size();
                        done.incrementAndGet();
                    }
                } while (System.nanoTime() < deadline);
            });
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) w.join();
        return done.get() / ((System.nanoTime() - t0) / NANOS_PER_SECOND);
    }
}
