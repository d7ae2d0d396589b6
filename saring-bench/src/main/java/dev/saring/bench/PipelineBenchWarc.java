package dev.saring.bench;

import dev.saring.eval.BenchmarkLayout;
import dev.saring.eval.BenchmarkPage;
import dev.saring.eval.BenchmarkWarc;
import dev.saring.eval.ExtractionBenchmark;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the benchmark WARC of {@code bench/pipeline-speed.sh}: the HTML pages of the extraction
 * benchmarks, repeated until at least the asked number of records, each copy under its own host and URL and
 * with one sentence of its own after {@code <body>} (so that exact dedup and repeated-line removal do not
 * drop the copies wholesale), one gzip member per response record as crawlers write them. The HTTP header
 * names the charset the benchmark gives, so decoding follows the same path as for a crawl. Then measures a bare
 * jsoup parse + {@code text()} of the written pages per CPU-second, the floor of any jsoup-based pipeline,
 * and prints it.
 *
 * <pre>{@code
 * java -cp saring-bench/target/benchmarks.jar dev.saring.bench.PipelineBenchWarc OUT.warc.gz 5000 DIR...
 * }</pre>
 */
public final class PipelineBenchWarc {

    /** Passes of the jsoup floor over all pages; the best is kept (other work on the machine only slows). */
    private static final int FLOOR_ROUNDS = 2;

    private PipelineBenchWarc() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 3) {
            System.err.println("usage: PipelineBenchWarc OUT.warc.gz MIN_RECORDS BENCHMARK_DIR...");
            System.exit(1);
        }
        Path out = Path.of(args[0]);
        int minRecords = Integer.parseInt(args[1]);
        List<BenchmarkPage> pages = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            Path dir = Path.of(args[i]);
            if (!Files.isDirectory(dir)) {
                System.err.println("skipped (absent): " + dir);
                continue;
            }
            pages.addAll(ExtractionBenchmark.read(dir, BenchmarkLayout.detect(dir)).pages());
        }
        if (pages.isEmpty()) {
            System.err.println("no benchmark pages found");
            System.exit(2);
        }
        int copies = (minRecords + pages.size() - 1) / pages.size();
        List<byte[]> bodies = new ArrayList<>();
        long htmlBytes = 0;
        try (BenchmarkWarc warc = BenchmarkWarc.create(out)) {
            for (int copy = 0; copy < copies; copy++) {
                for (int p = 0; p < pages.size(); p++) {
                    BenchmarkPage page = pages.get(p);
                    byte[] body = copy == 0 ? page.html() : withSentence(page, copy, p);
                    bodies.add(body);
                    htmlBytes += body.length;
                    String url = "http://copy" + copy + "-site" + p + ".example/" + page.id().replaceAll("[^A-Za-z0-9._-]", "_");
                    warc.add(url, page.charset(), body);
                }
            }
        }
        System.out.printf(Locale.ROOT, "bench WARC: %d records (%d pages x %d), %.1f MB of HTML, %.1f MB on disk%n",
                bodies.size(), pages.size(), copies, htmlBytes / 1e6, Files.size(out) / 1e6);
        floor(bodies, pages.size());
    }

    /** The page with a sentence of its own right after {@code <body ...>} (or at the start), in its own charset. */
    private static byte[] withSentence(BenchmarkPage page, int copy, int index) {
        Charset cs = charsetOf(page);
        String html = new String(page.html(), cs);
        String sentence = "<p>Copy " + copy + " of page " + index + " was fetched from mirror number " + (copy * 7919 + index) + ".</p>";
        int body = indexOfBodyTag(html);
        String changed = body < 0 ? sentence + html : html.substring(0, body) + sentence + html.substring(body);
        return changed.getBytes(cs);
    }

    private static int indexOfBodyTag(String html) {
        int at = html.toLowerCase(Locale.ROOT).indexOf("<body");
        if (at < 0) return -1;
        int close = html.indexOf('>', at);
        return close < 0 ? -1 : close + 1;
    }

    private static Charset charsetOf(BenchmarkPage page) {
        try {
            return page.charset() == null ? StandardCharsets.UTF_8 : Charset.forName(page.charset());
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /**
     * A bare jsoup parse + {@code text()} of these pages (as UTF-8) per CPU-second of one thread, best of
     * {@value #FLOOR_ROUNDS} passes after a warm-up pass over the first copy.
     */
    private static void floor(List<byte[]> bodies, int distinct) {
        parseAll(bodies.subList(0, distinct));   // warm-up
        double perCpuSecond = CpuTime.bestPerCpuSecond(0, FLOOR_ROUNDS, bodies.size(), () -> parseAll(bodies));
        System.out.printf(Locale.ROOT, "jsoup floor: %.1f pages per CPU-second (bare parse + text(), one thread)%n", perCpuSecond);
    }

    private static void parseAll(List<byte[]> bodies) {
        long chars = 0;
        for (byte[] b : bodies) chars += Jsoup.parse(new String(b, StandardCharsets.UTF_8)).text().length();
        if (chars < 0) throw new AssertionError();   // keeps the work observable
    }
}
