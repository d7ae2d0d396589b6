package dev.saring.assembly;

import dev.saring.model.Document;
import dev.saring.model.LanguageGuess;
import dev.saring.model.RawContent;
import dev.saring.model.Source;
import dev.saring.pipeline.Pass;
import dev.saring.pipeline.PassContext;
import dev.saring.pipeline.Pipeline;
import dev.saring.pipeline.Stage;
import dev.saring.pipeline.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stage saring knows, default or not, on text written to defeat scanners and patterns: long runs of one
 * character, of brackets, of would-be e-mail addresses, IP addresses, entities, mojibake, phrases, combining
 * marks and unspaced CJK or Thai, a megabyte without a space. Each input is given at two lengths, 128 KB
 * and 512 KB, and the longer must not cost much more than four times the shorter: work that grows
 * with the square of the length (a backtracking pattern, a rescan per match) takes sixteen times as long, and
 * minutes to hours at a megabyte. A generous allowance absorbs the noise of a shared machine; the test is
 * about the shape of the cost, not its size.
 */
class AdversarialTextTest {

    private static final int SHORT = 128 << 10;
    private static final int LONG = 512 << 10;
    /** Four times the length, with room for a noisy machine; quadratic work would be 16 times. */
    private static final double MAX_RATIO = 9;
    /** Below this the longer run is fast whatever the ratio (timer and GC noise). */
    private static final long NOISE_NANOS = TimeUnit.MILLISECONDS.toNanos(150);

    private record Input(String name, String lang, IntFunction<String> ofLength) {
    }

    private static IntFunction<String> repeat(String unit) {
        return n -> unit.repeat(Math.max(1, n / unit.length()));
    }

    private static final List<Input> INPUTS = List.of(
            new Input("one letter, no space", "en", repeat("a")),
            new Input("open brackets", "en", repeat("([{<")),
            new Input("nested brackets", "en", n -> "[(".repeat(n / 4) + ")]".repeat(n / 4)),
            new Input("sentences of one letter", "en", repeat("a. ")),
            new Input("would-be e-mail addresses", "en", repeat("a@b.")),
            new Input("would-be IP addresses", "en", repeat("1.2.")),
            new Input("phone-like digits", "en", repeat("+1 (2) 3-")),
            new Input("entities without an end", "en", repeat("&amp")),
            new Input("mojibake pairs", "en", repeat("Ã©â€")),
            new Input("a phrase of furniture", "id", repeat("Baca juga: ")),
            new Input("links without a space", "en", repeat("http://a.b/")),
            new Input("blank lines", "en", repeat("\n")),
            new Input("short lines", "en", repeat("Menu\n")),
            new Input("combining marks", "en", n -> "e" + "\u0301".repeat(n - 1)),
            new Input("unspaced Chinese", "zh", repeat("中文的")),
            new Input("unspaced Thai", "th", repeat("ภาษาไทย")));

    @TempDir
    Path work;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void everyStageCostsLinearTimeOnAdversarialText() throws Exception {
        var names = Stages.all().stream().map(Stages.Entry::name).toList();
        Pipeline pipeline = Stages.pipeline(names, Map.of());
        var steps = new LinkedHashMap<String, Step>();
        for (Stage s : pipeline.stages()) {
            if (s instanceof Step step) {
                steps.put(step.name(), step);
            } else {
                Pass pass = (Pass) s;
                // a pass's decision over a corpus of one document: what it does per document is what matters here
                steps.put(pass.name(), Step.of(pass.name(), d -> decide(pass, d)));
            }
        }
        assertThat(steps).hasSizeGreaterThanOrEqualTo(names.size() - 4);
        var slow = new ArrayList<String>();
        for (Input in : INPUTS) {
            String shortText = in.ofLength().apply(SHORT);
            String longText = in.ofLength().apply(LONG);
            for (var e : steps.entrySet()) {
                String problem = shape(e.getValue(), () -> doc(shortText, in.lang()), () -> doc(longText, in.lang()));
                if (problem != null) slow.add(e.getKey() + " on " + in.name() + ": " + problem);
            }
            // the same text as the paragraph of an HTML page, for the extractor
            String problem = shape(steps.get("extract"), () -> html(shortText), () -> html(longText));
            if (problem != null) slow.add("extract (HTML) on " + in.name() + ": " + problem);
        }
        assertThat(slow).as("stages whose cost grows faster than the length of their input").isEmpty();
    }

    private dev.saring.model.Outcome decide(Pass pass, Document d) {
        try (Pass.Observation obs = pass.start(new PassContext(work, 64L << 20, 1))) {
            obs.observe(d);
            return obs.decider().apply(d);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Null when the long input costs at most {@link #MAX_RATIO} times the short one, else the times. The short
     * one runs first as a warm-up; a long run that looks too slow is measured again, the least time counting
     * (a collection or a pause of the machine only ever adds time).
     */
    private static String shape(Step step, Supplier<Document> shortDoc, Supplier<Document> longDoc) {
        time(step, shortDoc);
        long t1 = time(step, shortDoc);
        long t2 = time(step, longDoc);
        for (int retry = 0; retry < 2 && t2 > NOISE_NANOS && t2 > MAX_RATIO * t1; retry++) {
            System.gc();
            t1 = Math.min(t1, time(step, shortDoc));
            t2 = Math.min(t2, time(step, longDoc));
        }
        return t2 > NOISE_NANOS && t2 > MAX_RATIO * t1 ? t1 / 1_000_000 + " ms -> " + t2 / 1_000_000 + " ms" : null;
    }

    /** A new document each time: no cache of a step or of the document carries over between runs. */
    private static long time(Step step, Supplier<Document> doc) {
        Document d = doc.get();
        long start = System.nanoTime();
        step.apply(d);
        return System.nanoTime() - start;
    }

    private static Document doc(String text, String lang) {
        // a new String each time: per-thread caches keyed by the text's identity must not carry over between runs
        return Document.ofText("adversarial", Source.atOffset("adversarial.txt", 0, 0, 0), new String(text))
                .withUrl("https://example.com/news/adversarial")
                .withLang(new LanguageGuess(lang, 0.9, "und", 0.1));
    }

    private static Document html(String text) {
        String page = "<html><body><article><p>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</p></article></body></html>";
        return Document.ofRaw("adversarial", Source.atOffset("adversarial.html", 0, 0, 0),
                new RawContent(page.getBytes(StandardCharsets.UTF_8), "text/html", null)).withUrl("https://example.com/news/adversarial");
    }
}
