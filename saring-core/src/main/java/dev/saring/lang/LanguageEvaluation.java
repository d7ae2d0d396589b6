package dev.saring.lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Accuracy of a {@link LanguageIdentifier} on a folder of files named by language code, one sample per
 * line ({@code id.txt}, {@code ms.txt}…: the layout of Lingua's test data): per language and overall,
 * and samples per second.
 *
 * <pre>{@code
 * var report = LanguageEvaluation.run(lingua, Path.of("sentences"), 0, 4);
 * report.accuracy();                  // 0.93
 * report.languages().get(0).code();   // "af"
 * }</pre>
 */
public final class LanguageEvaluation {

    private static final Pattern SAMPLE_FILE = Pattern.compile("([a-z]{2,3})\\.txt");

    private LanguageEvaluation() {
    }

    /** How one language fared: samples, correct answers and what the others were taken for. */
    public record LanguageResult(String code, int samples, int correct, Map<String, Integer> confusions) {
        public LanguageResult {
            confusions = Collections.unmodifiableMap(new TreeMap<>(confusions));
        }

        public double accuracy() {
            return samples == 0 ? 0 : (double) correct / samples;
        }

        /** The languages most often answered instead, most frequent first, at most {@code n}. */
        public List<Map.Entry<String, Integer>> topConfusions(int n) {
            return confusions.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(n).toList();
        }
    }

    /** Results per language (sorted by code), with totals and the time taken. */
    public record Report(List<LanguageResult> languages, Duration elapsed) {
        public Report {
            languages = List.copyOf(languages);
        }

        public int samples() {
            return languages.stream().mapToInt(LanguageResult::samples).sum();
        }

        public int correct() {
            return languages.stream().mapToInt(LanguageResult::correct).sum();
        }

        /** Correct answers over all samples. */
        public double accuracy() {
            return samples() == 0 ? 0 : (double) correct() / samples();
        }

        public double samplesPerSecond() {
            double s = elapsed.toNanos() / 1e9;
            return s == 0 ? 0 : samples() / s;
        }
    }

    /**
     * Identifies every sample of {@code dir} on {@code threads} threads.
     *
     * @param limit at most this many samples (the first ones) per language; 0 for all
     */
    public static Report run(LanguageIdentifier identifier, Path dir, int limit, int threads) throws IOException {
        var samples = new TreeMap<String, List<String>>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                var m = SAMPLE_FILE.matcher(f.getFileName().toString());
                if (!m.matches() || !Files.isRegularFile(f)) continue;
                List<String> lines;
                try (Stream<String> all = Files.lines(f, StandardCharsets.UTF_8)) {
                    var nonBlank = all.filter(l -> !l.isBlank());
                    lines = (limit > 0 ? nonBlank.limit(limit) : nonBlank).toList();
                }
                samples.put(m.group(1), lines);
            }
        }
        if (samples.isEmpty()) throw new IOException("no sample files (<code>.txt) in " + dir);
        long start = System.nanoTime();
        var pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            var futures = new ArrayList<Map.Entry<String, List<Future<String>>>>();
            for (var e : samples.entrySet()) {
                var answers = new ArrayList<Future<String>>();
                for (String s : e.getValue()) answers.add(pool.submit(() -> identifier.identify(s).code()));
                futures.add(Map.entry(e.getKey(), answers));
            }
            var results = new ArrayList<LanguageResult>();
            for (var e : futures) {
                int correct = 0;
                var confusions = new TreeMap<String, Integer>();
                for (Future<String> f : e.getValue()) {
                    String answer = get(f);
                    if (answer.equals(e.getKey())) correct++;
                    else confusions.merge(answer, 1, Integer::sum);
                }
                results.add(new LanguageResult(e.getKey(), e.getValue().size(), correct, confusions));
            }
            return new Report(results, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            pool.shutdownNow();
        }
    }

    private static String get(Future<String> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) throw u;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }
}
