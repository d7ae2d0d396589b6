package dev.saring.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.pemistahl.lingua.api.Language;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saring.io.Compression;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * How many good pages a run kept: the pages of extraction benchmarks, written as a WARC and run through a
 * pipeline, matched back to what the run wrote. A page counts as kept when its document is in {@code clean/},
 * or when it was dropped as a duplicate ({@code meta.dup_of}) of a document that is; every other page is a
 * loss, listed with the step and reason that dropped it. Only pages whose gold text is long enough to be a
 * real article are judged, so that a benchmark's stubs (a 20-word error page) do not count either way, and
 * only pages of real text: a gold text of placeholder text ({@link #isPlaceholder}) is no page a corpus
 * should keep, and C4's {@code lorem_ipsum} rule of the default pipeline drops it by design.
 *
 * <pre>{@code
 * KeepEvaluation.Result r = KeepEvaluation.score(runDir, judgedPages);
 * r.byGroup().get("de");    // Tally(judged=…, kept=…)
 * r.losses();               // every judged page not kept, with step and reason
 * }</pre>
 */
public final class KeepEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    private KeepEvaluation() {
    }

    /**
     * A page that was written into the run's input.
     *
     * @param documentId the id of its document in the run (its WARC record id)
     * @param benchmark  the benchmark it comes from
     * @param language   the language of its gold text
     * @param goldWords  words of its gold text
     * @param page       the page
     */
    public record JudgedPage(String documentId, String benchmark, String language, int goldWords, BenchmarkPage page) {
        public JudgedPage {
            Objects.requireNonNull(documentId, "documentId");
            Objects.requireNonNull(benchmark, "benchmark");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(page, "page");
        }
    }

    /** A judged page the run did not keep: the step and reason of its drop, or why it is missing. */
    public record Loss(JudgedPage page, String step, String reason) {
    }

    /** Judged and kept pages of one group. */
    public record Tally(int judged, int kept) {
        public double keptShare() {
            return judged == 0 ? Double.NaN : (double) kept / judged;
        }

        Tally plus(boolean wasKept) {
            return new Tally(judged + 1, kept + (wasKept ? 1 : 0));
        }
    }

    /**
     * What the run did with the judged pages.
     *
     * @param total       all judged pages
     * @param byBenchmark per benchmark
     * @param byLanguage  per language of the gold text
     * @param losses      every judged page not kept, in input order
     */
    public record Result(Tally total, Map<String, Tally> byBenchmark, Map<String, Tally> byLanguage, List<Loss> losses) {
    }

    /**
     * Matches {@code pages} against the {@code clean/} and {@code rejects/} of the finished run in {@code runDir}.
     *
     * @throws IOException when the run folder cannot be read
     */
    public static Result score(Path runDir, List<JudgedPage> pages) throws IOException {
        Set<String> kept = new HashSet<>();
        forEachRecord(runDir.resolve("clean"), r -> kept.add(r.path("id").asText()));
        Map<String, JsonNode> dropped = new HashMap<>();
        forEachRecord(runDir.resolve("rejects"), r -> {
            // a kept document's removed lines are written as a reject record of step "lines": not a drop
            if (!"lines".equals(r.path("step").asText())) dropped.put(r.path("id").asText(), r);
        });
        Tally total = new Tally(0, 0);
        Map<String, Tally> byBenchmark = new TreeMap<>();
        Map<String, Tally> byLanguage = new TreeMap<>();
        List<Loss> losses = new ArrayList<>();
        for (JudgedPage p : pages) {
            Loss loss = lossOf(p, kept, dropped);
            boolean wasKept = loss == null;
            if (!wasKept) losses.add(loss);
            total = total.plus(wasKept);
            byBenchmark.merge(p.benchmark(), new Tally(0, 0).plus(wasKept), KeepEvaluation::sum);
            byLanguage.merge(p.language(), new Tally(0, 0).plus(wasKept), KeepEvaluation::sum);
        }
        return new Result(total, byBenchmark, byLanguage, losses);
    }

    private static Tally sum(Tally a, Tally b) {
        return new Tally(a.judged() + b.judged(), a.kept() + b.kept());
    }

    private static Loss lossOf(JudgedPage p, Set<String> kept, Map<String, JsonNode> dropped) {
        if (kept.contains(p.documentId())) return null;
        JsonNode reject = dropped.get(p.documentId());
        if (reject == null) return new Loss(p, "-", "missing: neither kept nor dropped (see errors.jsonl)");
        String dupOf = reject.path("meta").path("dup_of").asText(null);
        if (dupOf != null && kept.contains(dupOf)) return null;
        return new Loss(p, reject.path("step").asText(), reject.path("reason").asText());
    }

    private static void forEachRecord(Path dir, java.util.function.Consumer<JsonNode> sink) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException(dir + " is missing: not the folder of a finished run");
        List<Path> parts;
        try (Stream<Path> s = Files.list(dir)) {
            parts = s.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList();
        }
        for (Path part : parts) {
            try (var in = new BufferedReader(new InputStreamReader(Compression.open(part), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.isBlank()) sink.accept(JSON.readTree(line));
                }
            }
        }
    }

    /**
     * Whether a gold text is placeholder text ("Lorem ipsum dolor sit amet ..."), as the test pages of
     * extractors often are: it contains "lorem ipsum" in any case, as C4's rule asks of a line.
     */
    public static boolean isPlaceholder(String gold) {
        return gold.toLowerCase(Locale.ROOT).contains("lorem ipsum");
    }

    /** Names a language for a page: the benchmark's own (DAnIEL) where it gives one, else {@code identify(gold)}. */
    public static String languageOf(BenchmarkLayout layout, BenchmarkPage page, Function<String, String> identify) {
        if (layout == BenchmarkLayout.DANIEL && !page.group().isEmpty()) {
            try {   // DAnIEL names languages in English ("Greek"): the code of the same name in Lingua
                return Language.valueOf(page.group().toUpperCase(Locale.ROOT)).getIsoCode639_1().toString();
            } catch (IllegalArgumentException e) {
                return page.group();
            }
        }
        return identify.apply(page.gold());
    }
}
