package dev.saring.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExtractionScorerTest {

    private final ExtractionScorer scorer = ExtractionScorer.zyte();

    @Test
    void wordsAreMaximalRunsOfLettersDigitsAndUnderscores() {
        assertThat(ExtractionScorer.words("Harga naik 5%, kata_dia: “ya”!")).containsExactly("Harga", "naik", "5", "kata_dia", "ya");
    }

    @Test
    void combiningMarksSplitWordsAsInPython() {
        // U+093F DEVANAGARI VOWEL SIGN I is a combining mark (Mc): not a \w character in Python.
        assertThat(ExtractionScorer.words("हिन्दी")).containsExactly("ह", "न", "द");
    }

    @Test
    void superscriptDigitsAndRomanNumeralsAreWordCharacters() {
        assertThat(ExtractionScorer.words("x² Ⅻ")).containsExactly("x²", "Ⅻ");
    }

    @Test
    void shinglesAreFourWordWindows() {
        assertThat(scorer.shingles("a b c d e")).containsExactly("a b c d", "b c d e");
    }

    @Test
    void aShortTextIsOneShingleAndAnEmptyTextNone() {
        assertThat(scorer.shingles("two words")).containsExactly("two words");
        assertThat(scorer.shingles(" ... ")).isEmpty();
    }

    @Test
    void countsAreNormalisedPerPage() {
        ShingleMatch m = scorer.match("a b c d e f", "a b c d x");
        // gold: abcd bcde cdef; predicted: abcd bcdx -> tp 1, fp 1, fn 2 of 4
        assertThat(m.tp()).isEqualTo(0.25);
        assertThat(m.fp()).isEqualTo(0.25);
        assertThat(m.fn()).isEqualTo(0.5);
        assertThat(m.precision()).isEqualTo(0.5);
        assertThat(m.recall()).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void repeatedShinglesAreCountedWithMultiplicity() {
        ShingleMatch m = scorer.match("a b c d a b c d", "a b c d");
        assertThat(m.precision()).isEqualTo(1.0);
        assertThat(m.recall()).isEqualTo(0.2);
    }

    @Test
    void pagesWithoutOutputDoNotCountTowardPrecision() {
        var scores = ExtractionScores.of(List.of(scorer.match("a b c d", "a b c d"), scorer.match("e f g h", "")));
        assertThat(scores.precision()).isEqualTo(1.0);
        assertThat(scores.recall()).isEqualTo(0.5);
        assertThat(scores.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
        assertThat(scores.accuracy()).isEqualTo(0.5);
    }

    @Test
    void twoEmptyTextsMatchPerfectly() {
        ShingleMatch m = scorer.match("", "");
        assertThat(m.exact()).isTrue();
        assertThat(m.precision()).isEqualTo(1.0);
        assertThat(m.hasPrediction()).isFalse();
    }

    @Test
    void theWordBagIgnoresCaseAndOrder() {
        ShingleMatch m = ExtractionScorer.wordBag().match("The cat sat on the mat", "mat the ON cat");
        // gold: the x2, cat, sat, on, mat; predicted: mat, the, on, cat -> tp 4, fp 0, fn 2
        assertThat(m.precision()).isEqualTo(1.0);
        assertThat(m.recall()).isCloseTo(4 / 6.0, within(1e-12));
    }

    @Test
    void eachIdeographIsAWordButLatinRunsStayWhole() {
        assertThat(ExtractionScorer.wordsAndIdeographs("深圳回应 iPhone16发布 日本語のテキスト"))
                .containsExactly("深", "圳", "回", "应", "iPhone16", "发", "布", "日", "本", "語", "の", "テ", "キ", "ス", "ト");
        assertThat(ExtractionScorer.wordsAndIdeographs("한국어 문장")).containsExactly("한국어", "문장");
        ShingleMatch m = ExtractionScorer.wordBagCjk().match("河水上涨", "河水");
        assertThat(m.recall()).isEqualTo(0.5);
    }

    @Test
    void theMeanOfPagesCountsAPageWithoutOutputAsZero() {
        var bag = ExtractionScorer.wordBag();
        var scores = ExtractionScores.meanOfPages(List.of(bag.match("a b", "a b"), bag.match("c d", "")));
        assertThat(scores.f1()).isEqualTo(0.5);
        assertThat(scores.precision()).isEqualTo(0.5);
        assertThat(scores.pages()).isEqualTo(2);
        assertThat(ExtractionScores.of(List.of(bag.match("a b", "a b"), bag.match("c d", "")),
                ExtractionScores.Averaging.F1_OF_MEANS).precision()).isEqualTo(1.0);
    }

    @Test
    void publishedScoresAreShippedForWcxbByPageType() {
        PublishedScores p = PublishedScores.of(BenchmarkLayout.WCXB).orElseThrow();
        assertThat(p.systems()).containsExactly("rs-trafilatura", "trafilatura", "readability");
        assertThat(p.score("forum", "trafilatura")).hasValue(0.585);
        assertThat(p.best("product")).hasValue(0.641);
        assertThat(p.score("recipe", "trafilatura")).isEmpty();
        assertThat(PublishedScores.of(BenchmarkLayout.CLEANEVAL)).isEmpty();
    }

    @Test
    void aDanielNameGivesTheHostAsUrl() {
        assertThat(ExtractionBenchmark.danielUrl("20111101_www.express.gr_66480588")).isEqualTo("http://www.express.gr/66480588");
        assertThat(ExtractionBenchmark.danielUrl("plain")).isEmpty();
    }
}
