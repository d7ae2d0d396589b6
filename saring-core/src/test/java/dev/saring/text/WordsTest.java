package dev.saring.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {

    @Test
    void punctuationAndSpacesAreNotWords() {
        assertThat(Words.ROOT.split("Baca juga: Harga naik 5%.")).containsExactly("Baca", "juga", "Harga", "naik", "5");
    }

    @Test
    void thaiWithoutSpacesIsSplitIntoDictionaryWords() {
        assertThat(Words.forLanguage("th").split("สวัสดีครับ")).hasSizeGreaterThan(1);
    }

    @Test
    void japaneseIsSplitIntoWords() {
        assertThat(Words.ROOT.count("私は東京に住んでいます")).isGreaterThan(3);
    }

    @Test
    void countAgreesWithSplit() {
        String s = "The quick brown fox — jumps over 2 lazy dogs!";
        assertThat(Words.ROOT.count(s)).isEqualTo(Words.ROOT.split(s).size()).isEqualTo(9);
    }

    @Test
    void spansAreTheOffsetsOfTheSplitWords() {
        String s = "Baca juga: Harga naik 5%.";
        var words = new java.util.ArrayList<String>();
        Words.ROOT.forEachSpan(s, (start, end) -> words.add(s.substring(start, end)));
        assertThat(words).isEqualTo(Words.ROOT.split(s));
    }
}
