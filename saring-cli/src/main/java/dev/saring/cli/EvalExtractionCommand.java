package dev.saring.cli;

import dev.saring.eval.BenchmarkLayout;
import dev.saring.eval.BenchmarkPage;
import dev.saring.eval.ExtractionBenchmark;
import dev.saring.eval.ExtractionScorer;
import dev.saring.eval.ExtractionScores;
import dev.saring.eval.FullPageText;
import dev.saring.eval.ShingleMatch;
import dev.saring.extract.HtmlDecoder;
import dev.saring.extract.MainContentExtractor;
import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.model.RawContent;
import dev.saring.model.Source;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.Reader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code saring eval extraction DIR}: scores the extractor on a benchmark folder (Zyte, CleanEval or
 * CleanPortalEval layout) as the Zyte benchmark scores (word 4-gram shingles, precision over pages with
 * output, F1 of the means), with the full page text beside it as the baseline, and the pages per second
 * of the extraction. With {@code --floors FILE --floor-key K} the command is a quality gate: it exits 3
 * when a metric falls below the floor {@code K.f1} (or {@code K.precision}, {@code K.recall},
 * {@code K.accuracy}) in that properties file.
 *
 * <p>Where a benchmark's gold text holds the headline (CleanEval), the headline is scored with the text.
 *
 * <pre>{@code
 * saring eval extraction ../shared/benchmarks/extraction/zyte-article-extraction-benchmark
 * saring eval extraction DIR --floors quality/floors-extraction.properties --floor-key zyte
 * }</pre>
 */
@Command(name = "extraction",
        mixinStandardHelpOptions = true,
        description = {"Scores main-content extraction on a benchmark folder: F1, precision, recall, accuracy"
                + " (word 4-gram shingles, as the Zyte article-extraction benchmark), pages/s, and the full page text"
                + " as baseline. With --floors, exits 3 when a score falls below its floor."},
        footer = {"", "Layouts:", "  zyte             html/<id>.html.gz + ground-truth.json",
                "  cleaneval        input/<n>.html[.gz] + GoldStandard/<n>.txt[.gz] (also in dev/, final/)",
                "  cleanportaleval  the CleanEval format"})
public final class EvalExtractionCommand implements Callable<Integer> {

    private static final double NANOS_PER_SECOND = 1e9;
    private static final String[] METRICS = {"f1", "precision", "recall", "accuracy"};

    @Parameters(index = "0", paramLabel = "DIR", description = "Benchmark folder")
    Path dir;

    @Option(names = "--layout", paramLabel = "L", description = "zyte, cleaneval, cleanportaleval or auto (default)")
    String layout = "auto";

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--floors", paramLabel = "FILE", description = "Properties file of floors: K.f1=0.97 ...")
    Path floors;

    @Option(names = "--floor-key", paramLabel = "K", description = "Key prefix of the floors to check (default: the layout name)")
    String floorKey;

    @Option(names = "--worst", paramLabel = "N", description = "Also list the N pages with the lowest F1")
    int worst;

    @Option(names = "--rounds", paramLabel = "N", description = "Extract every page N times and report the speed of the last round (a warm JVM); default 1")
    int rounds = 1;

    @Option(names = "--no-baseline", negatable = true, description = "Leave out the full-page-text baseline")
    boolean baseline = true;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private record Extracted(BenchmarkPage page, String text) {
    }

    private record PageResult(BenchmarkPage page, ShingleMatch saring, ShingleMatch full) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1 || rounds < 1) {
            err.println("saring eval extraction: --threads and --rounds must be >= 1, were " + threads + " and " + rounds);
            return ExitCodes.USAGE;
        }
        if (!Files.isDirectory(dir)) {
            err.println("saring eval extraction: no such folder: " + dir);
            return ExitCodes.NO_INPUT;
        }
        BenchmarkLayout l;
        try {
            l = "auto".equalsIgnoreCase(layout) ? BenchmarkLayout.detect(dir) : BenchmarkLayout.fromLabel(layout);
        } catch (IllegalArgumentException e) {
            err.println("saring eval extraction: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Properties floorValues = null;
        if (floors != null) {
            floorValues = new Properties();
            try (Reader r = Files.newBufferedReader(floors, StandardCharsets.UTF_8)) {
                floorValues.load(r);
            } catch (IOException e) {
                err.println("saring eval extraction: cannot read floors " + floors + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        ExtractionBenchmark bench = ExtractionBenchmark.read(dir, l);
        if (bench.pages().isEmpty()) {
            err.println("saring eval extraction: no pages with a gold text in " + dir);
            return ExitCodes.NO_INPUT;
        }
        int n = Math.min(threads, bench.pages().size());
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<PageResult> results;
        double pagesPerSecond;
        try {
            MainContentExtractor extractor = MainContentExtractor.defaults();
            List<Extracted> extracted = List.of();
            pagesPerSecond = 0;
            for (int round = 0; round < rounds; round++) {
                long t0 = System.nanoTime();
                extracted = all(pool, bench.pages().stream()
                        .<Callable<Extracted>>map(p -> () -> extract(p, l, extractor)).toList());
                pagesPerSecond = extracted.size() / ((System.nanoTime() - t0) / NANOS_PER_SECOND);
            }
            ExtractionScorer scorer = ExtractionScorer.zyte();
            results = all(pool, extracted.stream().<Callable<PageResult>>map(e -> () -> score(e, scorer)).toList());
        } finally {
            pool.shutdownNow();
        }
        ExtractionScores saring = ExtractionScores.of(results.stream().map(PageResult::saring).toList());
        out.printf(Locale.ROOT, "benchmark   %s (%s layout), %d pages, %d threads%s%n", dir.toAbsolutePath().normalize().getFileName(),
                l.label(), results.size(), n, rounds == 1 ? ", pages/s of a cold JVM (--rounds for a warm one)" : "");
        out.printf(Locale.ROOT, "%-16s %7s %10s %8s %9s %9s%n", "", "F1", "precision", "recall", "accuracy", "pages/s");
        row(out, "saring extract", saring, String.format(Locale.ROOT, "%.1f", pagesPerSecond));
        if (baseline) {
            row(out, "full page text", ExtractionScores.of(results.stream().map(PageResult::full).toList()), "");
        }
        if (worst > 0) {
            out.println();
            out.println("worst pages (F1, precision, recall, id, url)");
            results.stream().sorted(Comparator.comparingDouble(r -> r.saring().f1())).limit(worst)
                    .forEach(r -> out.printf(Locale.ROOT, "  %.3f  %.3f  %.3f  %s  %s%n", r.saring().f1(),
                            r.saring().precision(), r.saring().recall(), r.page().id(), r.page().url()));
        }
        out.flush();
        return floorValues == null ? ExitCodes.OK : checkFloors(floorValues, floorKey == null ? l.label() : floorKey, saring, out, err);
    }

    private static <T> List<T> all(ExecutorService pool, List<Callable<T>> tasks)
            throws InterruptedException, ExecutionException {
        var futures = new ArrayList<Future<T>>();
        for (Callable<T> t : tasks) futures.add(pool.submit(t));
        var out = new ArrayList<T>(futures.size());
        for (Future<T> f : futures) out.add(f.get());
        return out;
    }

    private static Extracted extract(BenchmarkPage p, BenchmarkLayout l, MainContentExtractor extractor) {
        RawContent raw = new RawContent(p.html(), "text/html", p.charset());
        Document doc = Document.ofRaw(p.id(), Source.atOffset(p.file().toString(), 0, 0, 0), raw);
        if (!p.url().isEmpty()) doc = doc.withUrl(p.url());
        Outcome o = extractor.apply(doc);
        String text = o.document().text();
        if (l.goldIncludesTitle() && o.document().title().isPresent() && !text.isEmpty()) {
            text = o.document().title().get() + "\n" + text;
        }
        return new Extracted(p, text);
    }

    private PageResult score(Extracted e, ExtractionScorer scorer) {
        BenchmarkPage p = e.page();
        ShingleMatch full = baseline
                ? scorer.match(p.gold(), FullPageText.of(HtmlDecoder.decode(new RawContent(p.html(), "text/html", p.charset()))))
                : null;
        return new PageResult(p, scorer.match(p.gold(), e.text()), full);
    }

    private static void row(PrintWriter out, String name, ExtractionScores s, String speed) {
        out.printf(Locale.ROOT, "%-16s %7.3f %10.3f %8.3f %9.3f %9s%n", name, s.f1(), s.precision(), s.recall(), s.accuracy(), speed);
    }

    private static int checkFloors(Properties floors, String key, ExtractionScores s, PrintWriter out, PrintWriter err) {
        double[] values = {s.f1(), s.precision(), s.recall(), s.accuracy()};
        int checked = 0;
        boolean below = false;
        for (int i = 0; i < METRICS.length; i++) {
            String v = floors.getProperty(key + "." + METRICS[i]);
            if (v == null) continue;
            double floor;
            try {
                floor = Double.parseDouble(v.strip());
            } catch (NumberFormatException e) {
                err.println("saring eval extraction: floor " + key + "." + METRICS[i] + " = " + v + " is not a number");
                return ExitCodes.USAGE;
            }
            checked++;
            if (values[i] < floor) {
                below = true;
                err.printf(Locale.ROOT, "saring eval extraction: %s %.4f is below its floor %s.%s = %s%n", METRICS[i], values[i], key, METRICS[i], v.strip());
            } else {
                out.printf(Locale.ROOT, "floor %-10s %.4f >= %s%n", METRICS[i], values[i], v.strip());
            }
        }
        if (checked == 0) {
            err.println("saring eval extraction: no floors " + key + ".f1 (or .precision, .recall, .accuracy) in the floors file");
            return ExitCodes.USAGE;
        }
        out.flush();
        err.flush();
        return below ? ExitCodes.BELOW_FLOOR : ExitCodes.OK;
    }

    /** Runs the command alone: {@code java -cp saring.jar dev.saring.cli.EvalExtractionCommand DIR}. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalExtractionCommand()).execute(args));
    }
}
