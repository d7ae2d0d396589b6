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
}
