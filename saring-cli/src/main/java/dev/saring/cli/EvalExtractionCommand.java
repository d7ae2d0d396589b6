package dev.saring.cli;

import dev.saring.clean.LineCleaner;
import dev.saring.clean.RepeatedLinesPass;
import dev.saring.eval.BenchmarkLayout;
import dev.saring.eval.BenchmarkPage;
import dev.saring.eval.ExtractionBenchmark;
import dev.saring.eval.ExtractionScorer;
import dev.saring.eval.ExtractionScores;
import dev.saring.eval.FullPageText;
import dev.saring.eval.PublishedScores;
import dev.saring.eval.ShingleMatch;
import dev.saring.extract.HtmlDecoder;
import dev.saring.extract.MainContentExtractor;
import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.model.RawContent;
import dev.saring.model.Source;
import dev.saring.pipeline.Pass;
import dev.saring.pipeline.PassContext;
import dev.saring.pipeline.Step;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * {@code saring eval extraction DIR}: scores the extractor on a benchmark folder (Zyte, CleanEval,
 * CleanPortalEval, Readability, WCXB or DAnIEL layout) as that benchmark scores (the Zyte benchmark's word
 * 4-gram shingles and F1 of the means; WCXB's mean per-page F1 of word bags, DAnIEL the same with each CJK
 * ideograph a word), twice: the extractor alone, and the default pipeline's text-level steps (extract, clean,
 * repeated-lines), so that a regression of either shows. The full page text is the baseline; published
 * scores of other extractors are printed beside saring's where saring ships them; benchmarks that group their
 * pages (WCXB by page type, DAnIEL by language) get a row per group. With {@code --floors FILE --floor-key K}
 * the command is a quality gate: it exits 3 when a score falls below its floor in that properties file:
 * {@code K.f1} (or {@code .precision}, {@code .recall}, {@code .accuracy}) for the extractor,
 * {@code K.pipeline.f1} for the text-level steps, {@code K.<group>.f1} and {@code K.<group>.pipeline.f1} per
 * group.
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
        description = {"Scores main-content extraction on a benchmark folder, as the benchmark scores (Zyte:"
                + " word 4-gram shingles; WCXB, DAnIEL: mean per-page word-bag F1), for the extractor and for the"
                + " default pipeline's text-level steps (extract, clean, repeated-lines), per page type or language"
                + " where the benchmark has them, beside published scores and the full page text."
                + " With --floors, exits 3 when a score falls below its floor."},
        footer = {"", "Layouts:", "  zyte             html/<id>.html.gz + ground-truth.json",
                "  cleaneval        input/<n>.html[.gz] + GoldStandard/<n>.txt[.gz] (also in dev/, final/)",
                "  cleanportaleval  the CleanEval format",
                "  readability      test-pages/<n>/source.html + expected.html",
                "  wcxb             html/<id>.html.gz + ground-truth/<id>.json (page type in _internal.page_type)",
                "  daniel           html/<n>.html.gz + reference/<n>.txt + languages.json",
                "", "Floors: K.f1 K.precision K.recall K.accuracy (extract), K.pipeline.f1, K.<group>.f1, K.<group>.pipeline.f1"})
public final class EvalExtractionCommand implements Callable<Integer> {

    private static final double NANOS_PER_SECOND = 1e9;
    private static final String[] METRICS = {"f1", "precision", "recall", "accuracy"};
    private static final String PIPELINE = "pipeline";
    private static final String CLEAN_TEXT = "clean_text";
    private static final long PASS_MEMORY_BYTES = 64L << 20;

    @Parameters(index = "0", paramLabel = "DIR", description = "Benchmark folder")
    Path dir;

    @Option(names = "--layout", paramLabel = "L", description = "zyte, cleaneval, cleanportaleval, readability, wcxb, daniel or auto (default)")
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

    @Option(names = "--pages", paramLabel = "FILE", description = "Write one line per page (id, group, F1 of extract, pipeline and clean_text, url) to FILE")
    Path pagesFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private record Extracted(BenchmarkPage page, Document doc, String text) {
    }

    /** The texts after the text-level steps: in a run (blocks), and as {@code saring clean} cleans the extracted text. */
    private record Cleaned(String pipeline, String cleanText) {
    }

    private record PageResult(BenchmarkPage page, ShingleMatch saring, ShingleMatch pipeline, ShingleMatch cleanText,
                              ShingleMatch full) {
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
            List<Cleaned> cleaned = textLevelSteps(pool, extracted, l, n);
            ExtractionScorer scorer = l.scorer();
            var tasks = new ArrayList<Callable<PageResult>>();
            for (int i = 0; i < extracted.size(); i++) {
                Extracted e = extracted.get(i);
                Cleaned c = cleaned.get(i);
                tasks.add(() -> score(e, c, scorer));
            }
            results = all(pool, tasks);
        } finally {
            pool.shutdownNow();
        }
        var scores = new LinkedHashMap<String, Double>();
        ExtractionScores saring = total(results, PageResult::saring, l);
        ExtractionScores pipeline = total(results, PageResult::pipeline, l);
        out.printf(Locale.ROOT, "benchmark   %s (%s layout), %d pages, %d threads%s%n", dir.toAbsolutePath().normalize().getFileName(),
                l.label(), results.size(), n, rounds == 1 ? ", pages/s of a cold JVM (--rounds for a warm one)" : "");
        out.printf(Locale.ROOT, "%-16s %7s %10s %8s %9s %9s%n", "", "F1", "precision", "recall", "accuracy", "pages/s");
        row(out, "saring extract", saring, String.format(Locale.ROOT, "%.1f", pagesPerSecond));
        row(out, "saring pipeline", pipeline, "");
        row(out, "extract | clean", total(results, PageResult::cleanText, l), "");
        if (baseline) row(out, "full page text", total(results, PageResult::full, l), "");
        double[] values = {saring.f1(), saring.precision(), saring.recall(), saring.accuracy()};
        for (int i = 0; i < METRICS.length; i++) scores.put(METRICS[i], values[i]);
        scores.put(PIPELINE + ".f1", pipeline.f1());
        scores.put(CLEAN_TEXT + ".f1", total(results, PageResult::cleanText, l).f1());
        groupTable(out, l, results, saring, pipeline, scores);
        if (worst > 0) {
            out.println();
            out.println("worst pages (F1, precision, recall, pipeline F1, group, id, url)");
            results.stream().sorted(Comparator.comparingDouble(r -> r.saring().f1())).limit(worst)
                    .forEach(r -> out.printf(Locale.ROOT, "  %.3f  %.3f  %.3f  %.3f  %s  %s  %s%n", r.saring().f1(),
                            r.saring().precision(), r.saring().recall(), r.pipeline().f1(), r.page().group(),
                            r.page().id(), r.page().url()));
        }
        if (pagesFile != null) writePages(results);
        out.flush();
        return floorValues == null ? ExitCodes.OK : checkFloors(floorValues, floorKey == null ? l.label() : floorKey, scores, out, err);
    }

    private static ExtractionScores total(List<PageResult> results, Function<PageResult, ShingleMatch> which, BenchmarkLayout l) {
        return ExtractionScores.of(results.stream().map(which).toList(), l.averaging());
    }

    /** Per group (page type, language): pages, F1 of the extractor and of the text-level steps, published F1. */
    private static void groupTable(PrintWriter out, BenchmarkLayout l, List<PageResult> results, ExtractionScores saring,
                                   ExtractionScores pipeline, Map<String, Double> scores) {
        var groups = new TreeMap<String, List<PageResult>>();
        for (PageResult r : results) {
            if (!r.page().group().isEmpty()) groups.computeIfAbsent(r.page().group(), g -> new ArrayList<>()).add(r);
        }
        Optional<PublishedScores> published = PublishedScores.of(l);
        if (groups.isEmpty() && published.isEmpty()) return;
        List<String> systems = published.map(PublishedScores::systems).orElse(List.of());
        out.println();
        var header = new StringBuilder(String.format(Locale.ROOT, "%-16s %6s %8s %9s %10s", l.groupedBy() == null ? "" : l.groupedBy(),
                "pages", "extract", PIPELINE, CLEAN_TEXT));
        for (String s : systems) header.append(String.format(Locale.ROOT, " %15s", s));
        out.println(header);
        groupRow(out, PublishedScores.ALL, results, l, published, systems);
        for (var g : groups.entrySet()) {
            double[] f1 = groupRow(out, g.getKey(), g.getValue(), l, published, systems);
            String key = g.getKey().toLowerCase(Locale.ROOT).replace(' ', '_');
            scores.put(key + ".f1", f1[0]);
            scores.put(key + "." + PIPELINE + ".f1", f1[1]);
            scores.put(key + "." + CLEAN_TEXT + ".f1", f1[2]);
        }
    }

    /** Prints a group's row; returns its F1 of the extractor, of the pipeline and of the text clean. */
    private static double[] groupRow(PrintWriter out, String group, List<PageResult> results, BenchmarkLayout l,
                                     Optional<PublishedScores> published, List<String> systems) {
        double[] f1 = {total(results, PageResult::saring, l).f1(), total(results, PageResult::pipeline, l).f1(),
                total(results, PageResult::cleanText, l).f1()};
        var line = new StringBuilder(String.format(Locale.ROOT, "%-16s %6d %8.3f %9.3f %10.3f", group, results.size(),
                f1[0], f1[1], f1[2]));
        for (String s : systems) {
            OptionalDouble v = published.get().score(group, s);
            line.append(v.isPresent() ? String.format(Locale.ROOT, " %15.3f", v.getAsDouble()) : String.format(Locale.ROOT, " %15s", "-"));
        }
        out.println(line);
        return f1;
    }

    private void writePages(List<PageResult> results) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(pagesFile, StandardCharsets.UTF_8))) {
            for (PageResult r : results) {
                w.printf(Locale.ROOT, "%s\t%s\t%.4f\t%.4f\t%.4f\t%s%n", r.page().id(), r.page().group(), r.saring().f1(),
                        r.pipeline().f1(), r.cleanText().f1(), r.page().url());
            }
        }
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
        return new Extracted(p, o.document(), scoredText(o.document(), l));
    }

    /** The text a benchmark compares with its gold: the document's, headed by its title where the gold has one. */
    private static String scoredText(Document d, BenchmarkLayout l) {
        String text = d.text();
        if (l.goldIncludesTitle() && d.title().isPresent() && !text.isEmpty()) text = d.title().get() + "\n" + text;
        return text;
    }

    /**
     * The texts after the default pipeline's text-level steps: each extracted page cleaned, then repeated
     * lines counted over all pages (per host, as in a run) and dropped; and each extracted text cleaned as
     * {@code saring clean} cleans a text file (without the extractor's blocks).
     */
    private static List<Cleaned> textLevelSteps(ExecutorService pool, List<Extracted> extracted, BenchmarkLayout l, int threads)
            throws IOException, InterruptedException, ExecutionException {
        LineCleaner clean = LineCleaner.defaults();
        List<Document> cleaned = all(pool, extracted.stream()
                .<Callable<Document>>map(e -> () -> e.doc().isRaw() ? e.doc() : clean.apply(e.doc()).document()).toList());
        List<String> cleanTexts = all(pool, extracted.stream().<Callable<String>>map(e -> () -> {
            Document text = Document.ofText(e.doc().id(), e.doc().source(), e.doc().isRaw() ? "" : e.doc().text());
            return scoredText(clean.apply(e.doc().title().map(text::withTitle).orElse(text)).document(), l);
        }).toList());
        Path work = Files.createTempDirectory("saring-eval-");
        try (Pass.Observation obs = RepeatedLinesPass.defaults().start(new PassContext(work, PASS_MEMORY_BYTES, threads))) {
            cleaned.forEach(obs::observe);
            Step decide = obs.decider();
            List<String> pipeline = all(pool, cleaned.stream()
                    .<Callable<String>>map(d -> () -> scoredText(decide.apply(d).document(), l)).toList());
            var out = new ArrayList<Cleaned>(pipeline.size());
            for (int i = 0; i < pipeline.size(); i++) out.add(new Cleaned(pipeline.get(i), cleanTexts.get(i)));
            return out;
        } finally {
            deleteTree(work);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }

    private PageResult score(Extracted e, Cleaned c, ExtractionScorer scorer) {
        BenchmarkPage p = e.page();
        ShingleMatch full = baseline
                ? scorer.match(p.gold(), FullPageText.of(HtmlDecoder.decode(new RawContent(p.html(), "text/html", p.charset()))))
                : null;
        return new PageResult(p, scorer.match(p.gold(), e.text()), scorer.match(p.gold(), c.pipeline()),
                scorer.match(p.gold(), c.cleanText()), full);
    }

    private static void row(PrintWriter out, String name, ExtractionScores s, String speed) {
        out.printf(Locale.ROOT, "%-16s %7.3f %10.3f %8.3f %9.3f %9s%n", name, s.f1(), s.precision(), s.recall(), s.accuracy(), speed);
    }

    private static int checkFloors(Properties floors, String key, Map<String, Double> scores, PrintWriter out, PrintWriter err) {
        int checked = 0;
        boolean below = false;
        String prefix = key + ".";
        for (String name : new TreeSet<>(floors.stringPropertyNames())) {
            if (!name.startsWith(prefix)) continue;
            String metric = name.substring(prefix.length());
            String v = floors.getProperty(name).strip();
            Double value = scores.get(metric);
            if (value == null) {
                err.println("saring eval extraction: floor " + name + " names no score of this benchmark (known: "
                        + String.join(", ", scores.keySet()) + ")");
                return ExitCodes.USAGE;
            }
            double floor;
            try {
                floor = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                err.println("saring eval extraction: floor " + name + " = " + v + " is not a number");
                return ExitCodes.USAGE;
            }
            checked++;
            if (value < floor) {
                below = true;
                err.printf(Locale.ROOT, "saring eval extraction: %s %.4f is below its floor %s = %s%n", metric, value, name, v);
            } else {
                out.printf(Locale.ROOT, "floor %-24s %.4f >= %s%n", metric, value, v);
            }
        }
        if (checked == 0) {
            err.println("saring eval extraction: no floors " + key + ".f1 (or .precision, .recall, .accuracy, .pipeline.f1) in the floors file");
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
