package dev.saring.bench;

import dev.saring.eval.BenchmarkLayout;
import dev.saring.eval.BenchmarkPage;
import dev.saring.eval.ExtractionBenchmark;
import dev.saring.extract.MainContentExtractor;
import dev.saring.lang.LanguageOptions;
import dev.saring.lang.LinguaIdentifier;
import dev.saring.model.Document;
import dev.saring.model.LanguageGuess;
import dev.saring.model.Outcome;
import dev.saring.model.RawContent;
import dev.saring.model.Source;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Documents per CPU-second of language identification (all 75 models, default options) on real
 * multilingual web pages: the main-content texts that {@code saring extract} takes from the pages of the
 * extraction benchmarks given. {@code --texts FILE} keeps those texts in FILE (JSON strings, one a line)
 * when it does not exist yet, and reads them from it, instead of the pages, when it does. Optionally writes each document's answer ({@code code score runnerUp}), one
 * a line, so that two builds can be compared document by document.
 *
 * <pre>{@code
 * java -cp saring-bench/target/benchmarks.jar dev.saring.bench.LanguagePageSpeed [--texts FILE] [--answers FILE] DIR...
 * }</pre>
 */
public final class LanguagePageSpeed {

    private static final int WARMUP_ROUNDS = 3;
    private static final int ROUNDS = 3;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private LanguagePageSpeed() {
    }

    public static void main(String[] args) throws IOException {
        Path answers = null;
        Path saveTo = null;
        var texts = new ArrayList<String>();
        MainContentExtractor extractor = MainContentExtractor.defaults();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--answers")) {
                answers = Path.of(args[++i]);
                continue;
            }
            if (args[i].equals("--texts")) {
                Path file = Path.of(args[++i]);
                if (Files.exists(file)) {
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) texts.add(JSON.readValue(line, String.class));
                    continue;
                }
                saveTo = file;
                continue;
            }
            Path dir = Path.of(args[i]);
            if (!Files.isDirectory(dir)) continue;
            for (BenchmarkPage p : ExtractionBenchmark.read(dir, BenchmarkLayout.detect(dir)).pages()) {
                Outcome o = extractor.apply(Document.ofRaw(p.id(), Source.atOffset("bench", 0, texts.size(), 0),
                        new RawContent(p.html(), "text/html", p.charset())));
                if (o instanceof Outcome.Kept k) texts.add(k.document().text());
            }
        }
        if (saveTo != null) {
            try (var w = new PrintWriter(Files.newBufferedWriter(saveTo, StandardCharsets.UTF_8))) {
                for (String t : texts) w.println(JSON.writeValueAsString(t));
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        long t0 = System.nanoTime();
        LinguaIdentifier lingua = LinguaIdentifier.load(LanguageOptions.defaults());
        System.out.printf(Locale.ROOT, "%d texts, %.1f MB; models loaded in %.1f s%n", texts.size(), chars / 1e6,
                (System.nanoTime() - t0) / 1e9);
        List<LanguageGuess> guesses = new ArrayList<>();
        for (String t : texts) guesses.add(lingua.identify(t));
        long[] sink = {0};
        double best = CpuTime.bestPerCpuSecond(WARMUP_ROUNDS, ROUNDS, texts.size(),
                () -> { for (String t : texts) sink[0] += lingua.identify(t).code().length(); });
        Map<String, Integer> byCode = new TreeMap<>();
        for (LanguageGuess g : guesses) byCode.merge(g.code(), 1, Integer::sum);
        System.out.printf(Locale.ROOT, "language id: %.0f documents per CPU-second, one thread%n", best);
        System.out.println("languages found: " + byCode);
        if (answers != null) {
            try (var w = new PrintWriter(Files.newBufferedWriter(answers, StandardCharsets.UTF_8))) {
                for (LanguageGuess g : guesses) {
                    w.printf(Locale.ROOT, "%s %.3f %s%n", g.code(), g.score(), g.runnerUp());
                }
            }
        }
        if (sink[0] == Long.MIN_VALUE) System.out.println(sink[0]);
    }
}
