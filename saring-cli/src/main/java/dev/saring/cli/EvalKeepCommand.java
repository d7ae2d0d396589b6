package dev.saring.cli;

import dev.saring.eval.BenchmarkLayout;
import dev.saring.eval.BenchmarkPage;
import dev.saring.eval.BenchmarkWarc;
import dev.saring.eval.ExtractionBenchmark;
import dev.saring.eval.KeepEvaluation;
import dev.saring.eval.KeepEvaluation.JudgedPage;
import dev.saring.eval.KeepEvaluation.Tally;
import dev.saring.lang.LanguageOptions;
import dev.saring.lang.LinguaIdentifier;
import dev.saring.text.Words;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code saring eval keep DIR...}: how many good pages the default pipeline keeps. The pages of the benchmark
 * folders are written as one WARC, run through {@code saring run} (the same pipeline, or the one of
 * {@code --config}), and matched back: of the pages whose gold text has at least {@code --min-words} words,
 * the share kept (a page dropped as a duplicate of a kept page counts as kept), in total, per benchmark and
 * per language of the gold text; then every page that was lost, with the step and reason. A page whose gold
 * text is placeholder text ("lorem ipsum", as many of the Readability test pages) is not judged and is
 * counted apart: the default pipeline drops it by design (C4's {@code lorem_ipsum}). With
 * {@code --floors FILE --floor-key K} it is a quality gate: exit 3 when {@code K.kept} (total) or
 * {@code K.<language>.kept} falls below its floor.
 *
 * <pre>{@code
 * saring eval keep ../shared/benchmarks/extraction/zyte-article-extraction-benchmark ../shared/benchmarks/extraction/cleaneval
 * saring eval keep ../shared/benchmarks/extraction/daniel --work out/keep --floors quality/floors-keep.properties --floor-key daniel
 * }</pre>
 */
@Command(name = "keep",
        mixinStandardHelpOptions = true,
        description = {"Runs the pages of extraction benchmark folders through the pipeline (as one WARC, by saring run)"
                + " and prints the share of good pages kept (gold text of --min-words or more; a duplicate of a kept"
                + " page counts as kept) in total, per benchmark and per language, then every lost page with the step"
                + " and reason that dropped it. With --floors, exits 3 when a share falls below its floor."},
        footer = {"", "Floors: K.kept (all judged pages), K.<language>.kept (languages with --min-pages pages or more)"})
public final class EvalKeepCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Benchmark folders (layouts as for eval extraction)")
    List<Path> dirs;

    @Option(names = "--min-words", paramLabel = "N", defaultValue = "100", description = "Judge only pages whose gold text has at least N words (default: ${DEFAULT-VALUE}).")
    int minWords;

    @Option(names = "--min-pages", paramLabel = "N", defaultValue = "5", description = "Give a row (and check a floor) for a language with at least N judged pages (default: ${DEFAULT-VALUE}).")
    int minPages;

    @Option(names = "--config", paramLabel = "FILE", description = "Config file of the pipeline to run (default: the default pipeline).")
    Path config;

    @Option(names = "--work", paramLabel = "DIR", description = "Keep the WARC and the run here (a new folder); default: a temporary folder, removed after.")
    Path work;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of the run (default: all cores).")
    Integer threads;

    @Option(names = "--floors", paramLabel = "FILE", description = "Properties file of floors: K.kept=0.95 ...")
    Path floors;

    @Option(names = "--floor-key", paramLabel = "K", defaultValue = "keep", description = "Key prefix of the floors (default: ${DEFAULT-VALUE}).")
    String floorKey;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (minWords < 0 || minPages < 1) {
            err.println("saring eval keep: --min-words must be >= 0 and --min-pages >= 1");
            return ExitCodes.USAGE;
        }
        Properties floorValues = null;
        if (floors != null) {
            floorValues = new Properties();
            try (Reader r = Files.newBufferedReader(floors, StandardCharsets.UTF_8)) {
                floorValues.load(r);
            } catch (IOException e) {
                err.println("saring eval keep: cannot read floors " + floors + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        Path folder;
        if (work != null) {
            if (Files.exists(work) && !isEmptyDir(work)) {
                err.println("saring eval keep: --work " + work + " exists and is not empty: give a new folder");
                return ExitCodes.USAGE;
            }
            folder = Files.createDirectories(work);
        } else {
            folder = Files.createTempDirectory("saring-eval-keep");
        }
        try {
            return evaluate(folder, floorValues, out, err);
        } finally {
            if (work == null) deleteTree(folder);
        }
    }

    private int evaluate(Path folder, Properties floorValues, PrintWriter out, PrintWriter err) throws IOException {
        Path warc = folder.resolve("pages.warc.gz");
        List<JudgedPage> judged = new ArrayList<>();
        int placeholders = 0;
        LinguaIdentifier identifier = LinguaIdentifier.load(LanguageOptions.defaults());
        try (BenchmarkWarc w = BenchmarkWarc.create(warc)) {
            for (Path dir : dirs) {
                if (!Files.isDirectory(dir)) {
                    err.println("saring eval keep: no such folder: " + dir);
                    return ExitCodes.NO_INPUT;
                }
                BenchmarkLayout layout;
                try {
                    layout = BenchmarkLayout.detect(dir);
                } catch (IllegalArgumentException e) {
                    err.println("saring eval keep: " + e.getMessage());
                    return ExitCodes.USAGE;
                }
                String benchmark = dir.getFileName().toString();
                for (BenchmarkPage page : ExtractionBenchmark.read(dir, layout).pages()) {
                    // every page goes into the run, so that dedup and repeated lines see the whole set
                    String url = page.url().isEmpty() ? "http://" + benchmark + ".example/" + page.id() : page.url();
                    int n = w.add(url, page.charset(), page.html());
                    int words = Words.ROOT.split(page.gold()).size();
                    if (words < minWords) continue;
                    if (KeepEvaluation.isPlaceholder(page.gold())) {
                        placeholders++;
                        continue;
                    }
                    String lang = KeepEvaluation.languageOf(layout, page, t -> identifier.identify(t).code());
                    judged.add(new JudgedPage(BenchmarkWarc.recordId(n), benchmark, lang, words, page));
                }
            }
        }
        if (judged.isEmpty()) {
            err.println("saring eval keep: no page has a gold text of " + minWords + " words or more");
            return ExitCodes.NO_INPUT;
        }
        Path run = folder.resolve("run");
        int code = runPipeline(warc, run, err);
        if (code != ExitCodes.OK) {
            err.println("saring eval keep: the run failed (exit " + code + ")");
            return code;
        }
        KeepEvaluation.Result result = KeepEvaluation.score(run, judged);
        print(result, placeholders, out);
        return checkFloors(result, floorValues, out);
    }

    private int runPipeline(Path warc, Path run, PrintWriter err) {
        List<String> args = new ArrayList<>(List.of(warc.toString(), "-o", run.toString(), "--no-progress"));
        if (config != null) args.addAll(List.of("--config", config.toString()));
        if (threads != null) args.addAll(List.of("--threads", threads.toString()));
        var summary = new StringWriter();
        var cmd = new CommandLine(new RunCommand());
        cmd.setOut(new PrintWriter(summary));   // the run's summary is not this command's output
        cmd.setErr(err);
        return cmd.execute(args.toArray(String[]::new));
    }

    private void print(KeepEvaluation.Result r, int placeholders, PrintWriter out) {
        out.printf(Locale.ROOT, "Pages with a gold text of %d+ words, kept by the pipeline (a duplicate of a kept page counts as kept)%n%n", minWords);
        var table = new AlignedTable(List.of("group", "judged", "kept", "share"), 1);
        row(table, "all", r.total());
        r.byBenchmark().forEach((b, t) -> row(table, b, t));
        r.byLanguage().entrySet().stream()
                .filter(e -> e.getValue().judged() >= minPages)
                .sorted(Map.Entry.<String, Tally>comparingByValue(Comparator.comparingInt(Tally::judged)).reversed())
                .forEach(e -> row(table, "lang " + e.getKey(), e.getValue()));
        long smaller = r.byLanguage().values().stream().filter(t -> t.judged() < minPages).count();
        table.print(out);
        if (smaller > 0) out.printf(Locale.ROOT, "(%d more languages with fewer than %d pages)%n", smaller, minPages);
        if (placeholders > 0) {
            out.printf(Locale.ROOT, "(%d pages of %d+ words not judged: their gold text is placeholder text, \"lorem ipsum\","
                    + " which C4's lorem_ipsum rule drops by design)%n", placeholders, minWords);
        }
        out.printf(Locale.ROOT, "%nLost pages (%d):%n", r.losses().size());
        var lost = new AlignedTable(List.of("benchmark", "page", "lang", "step", "reason", "url", "words"), 6);
        for (KeepEvaluation.Loss l : r.losses()) {
            JudgedPage p = l.page();
            lost.row(p.benchmark(), p.page().id(), p.language(), l.step(), l.reason(), p.page().url(), Integer.toString(p.goldWords()));
        }
        if (!r.losses().isEmpty()) lost.print(out);
        out.flush();
    }

    private static void row(AlignedTable table, String group, Tally t) {
        table.row(group, Integer.toString(t.judged()), Integer.toString(t.kept()), String.format(Locale.ROOT, "%.3f", t.keptShare()));
    }

    private int checkFloors(KeepEvaluation.Result r, Properties floorValues, PrintWriter out) {
        if (floorValues == null) return ExitCodes.OK;
        boolean below = false;
        below |= below(floorKey + ".kept", r.total(), floorValues, out);
        for (var e : r.byLanguage().entrySet()) {
            if (e.getValue().judged() >= minPages) below |= below(floorKey + "." + e.getKey() + ".kept", e.getValue(), floorValues, out);
        }
        return below ? ExitCodes.BELOW_FLOOR : ExitCodes.OK;
    }

    private static boolean below(String key, Tally t, Properties floorValues, PrintWriter out) {
        String floor = floorValues.getProperty(key);
        if (floor == null) return false;
        double f = Double.parseDouble(floor.trim());
        if (t.keptShare() + 1e-9 >= f) return false;
        out.printf(Locale.ROOT, "BELOW FLOOR: %s = %.3f < %s%n", key, t.keptShare(), floor.trim());
        return true;
    }

    private static boolean isEmptyDir(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
