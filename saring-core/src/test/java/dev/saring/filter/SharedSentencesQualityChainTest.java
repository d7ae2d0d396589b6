package dev.saring.filter;

import dev.saring.lang.LanguageStep;
import dev.saring.model.Document;
import dev.saring.model.LanguageGuess;
import dev.saring.model.Outcome;
import dev.saring.pipeline.Step;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every language of Lingua's sentence sets ({@code ../shared/corpora/langid/lingua/sentences}) passes the
 * default quality chain under its own settings: a document of 20 of its sentences, four to a line as
 * paragraphs, identified by the language step, is kept. A language the identifier takes for a close
 * neighbour (Malay for Indonesian) is still judged with its own settings: this test is about the filters'
 * per-language thresholds, not the identifier. Skipped where {@code ../shared} is absent.
 */
class SharedSentencesQualityChainTest {

    private static final Path SENTENCES = Path.of(System.getProperty("saring.shared", "../shared"))
            .resolve("corpora/langid/lingua/sentences");
    private static final int SENTENCES_PER_DOC = 20;
    private static final int SENTENCES_PER_LINE = 4;
    /**
     * Known gap, kept visible: FineWeb-2's Thai {@code max_non_alpha_words_ratio} is 0.9, the highest of any
     * language saring identifies (the next is 0.863); Lingua's Thai sentences are news with many numbers
     * (Buddhist-era years, prices), about 11% of ICU's words, so two of the three draws fall to
     * {@code gopher:alpha_words}. Whether FineWeb-2's Thai tokenizer counts numbers differently is open;
     * the value is not changed by hand. The test fails when Thai starts passing, so this list stays true.
     */
    private static final java.util.Set<String> KNOWN_FAILING = java.util.Set.of("th");
    /** Three different documents per language, so that one lucky draw does not decide. */
    private static final long[] SEEDS = {1, 2, 3};

    @Test
    void twentySentencesOfEveryLanguagePassTheQualityChainUnderTheirOwnSettings() throws IOException {
        assumeTrue(Files.isDirectory(SENTENCES), "no shared Lingua sentences at " + SENTENCES + ": skipped");
        Step language = LanguageStep.defaults();
        List<Step> chain = QualityFilters.defaultChain();
        LanguageTable table = LanguageTable.builtIn();
        var failures = new ArrayList<String>();
        var notInTable = new ArrayList<String>();
        var knownFailed = new java.util.TreeSet<String>();
        int judged = 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(SENTENCES)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            String code = file.getFileName().toString().replace(".txt", "");
            if (!table.languages().contains(code)) {
                notInTable.add(code);   // a language the identifier cannot name has no settings of its own
                continue;
            }
            List<String> sentences = Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
            for (long seed : SEEDS) {
                Document doc = Docs.doc(draw(sentences, seed));
                Outcome identified = language.apply(doc);
                LanguageGuess guess = identified.document().lang().orElse(LanguageGuess.UNKNOWN);
                Document own = identified.document().withLang(new LanguageGuess(code, guess.score(), guess.runnerUp(), guess.runnerUpScore()));
                String verdict = verdict(chain, own);
                judged++;
                if (!verdict.equals("kept") && KNOWN_FAILING.contains(code)) {
                    knownFailed.add(code);
                } else if (!verdict.equals("kept")) {
                    failures.add(code + " (seed " + seed + ", identified as " + guess.code() + " " + String.format("%.2f", guess.score())
                            + "): " + verdict);
                }
            }
        }
        System.out.printf("lingua sentences through the quality chain: %d documents of %d languages, %d dropped %s, known gaps dropped %s;"
                + " without settings of their own (not identifiable): %s%n", judged, judged / SEEDS.length, failures.size(), failures, knownFailed, notInTable);
        assertThat(judged).isGreaterThanOrEqualTo(30 * SEEDS.length);
        assertThat(failures).as("documents of 20 sentences dropped under their own language's settings").isEmpty();
        assertThat(knownFailed).as("known failing languages that now pass: take them off KNOWN_FAILING").isEqualTo(KNOWN_FAILING);
    }

    private static String draw(List<String> sentences, long seed) {
        var copy = new ArrayList<>(sentences);
        Collections.shuffle(copy, new Random(seed));
        var text = new StringBuilder();
        for (int i = 0; i < SENTENCES_PER_DOC && i < copy.size(); i++) {
            if (i > 0) text.append(i % SENTENCES_PER_LINE == 0 ? '\n' : ' ');
            text.append(copy.get(i));
        }
        return text.toString();
    }

    private static String verdict(List<Step> chain, Document doc) {
        Document d = doc;
        for (Step s : chain) {
            Outcome o = s.apply(d);
            if (o instanceof Outcome.Dropped dropped) return dropped.reason();
            d = o.document();
        }
        return "kept";
    }
}
