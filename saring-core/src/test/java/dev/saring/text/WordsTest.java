package dev.saring.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
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
    void spansPointAtTheSameWordsAsSplit() {
        String s = "Baca juga: Harga naik 5%. 私は東京に住んでいます";
        var fromSpans = new java.util.ArrayList<String>();
        Words.ROOT.forEachSpan(s, (start, end) -> fromSpans.add(s.substring(start, end)));
        assertThat(fromSpans).isEqualTo(Words.ROOT.split(s));
    }

    /** Characters of the fast path, weighted towards the joiners whose rules are subtle. */
    @Provide
    Arbitrary<String> simpleTexts() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.chars().range('a', 'e')),
                Tuple.of(2, Arbitraries.chars().range('A', 'C')),
                Tuple.of(4, Arbitraries.chars().range('0', '3')),
                Tuple.of(5, Arbitraries.of('.', ',', ';', ':', '\'', '\u2019', '\u2018', ' ', '\n')),
                Tuple.of(2, Arbitraries.of('\t', '\r', '-', '"', '(', '%', '$', '@', '/', '#', '!', '?', '&', '*', '+', '=', '<', '>', '~', '^', '|', '`', '{', '[', ']', '}', ')', '\\')),
                Tuple.of(2, Arbitraries.of('\u00e9', '\u00c0', '\u00ff', '\u00d7', '\u00f7', '\u00a0', '\u2013', '\u2014', '\u201c', '\u201d', '\u2026')));
        return chars.list().ofMaxSize(40).map(l -> l.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining()));
    }

    @Property(tries = 3000)
    void theFastPathGivesIcusSpansExactly(@ForAll("simpleTexts") String s) {
        assertThat(SimpleWordScanner.covers(s)).isTrue();
        var fast = new java.util.ArrayList<String>();
        Words.ROOT.forEachSpan(s, (a, b) -> fast.add(a + "-" + b));
        var icu = new java.util.ArrayList<String>();
        Words.ROOT.forEachSpanIcu(s, (a, b) -> icu.add(a + "-" + b));
        assertThat(fast).as("spans of [%s]", s).isEqualTo(icu);
    }

    /** Simple characters with others mixed in: marks, format characters, emoji, CJK, underscores, symbols. */
    @Provide
    Arbitrary<String> mixedTexts() {
        Arbitrary<String> others = Arbitraries.of("_", "\u0301", "\u00ad", "\u200d", "\u2122", "\u20ac", "\u2022", "\u00b7",
                "\ud83d\ude00", "\ud83c\uddee\ud83c\udde9", "\u79c1\u306f\u6771\u4eac", "\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35",
                "\u0410\u0431", "\u2010", "\u00b2", "\u3000", "\u2028");
        Arbitrary<String> simple = simpleTexts().map(t -> t.length() > 8 ? t.substring(0, 8) : t);
        return Arbitraries.frequencyOf(Tuple.of(3, simple), Tuple.of(2, others))
                .list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void mixedTextsGiveIcusSpansExactly(@ForAll("mixedTexts") String s) {
        var mixed = new java.util.ArrayList<String>();
        Words.ROOT.forEachSpan(s, (a, b) -> mixed.add(a + "-" + b));
        var icu = new java.util.ArrayList<String>();
        Words.ROOT.forEachSpanIcu(s, (a, b) -> icu.add(a + "-" + b));
        assertThat(mixed).as("spans of [%s]", s).isEqualTo(icu);
    }

    @Property(tries = 500)
    void aLanguageWithRootRulesTakesTheFastPathWithTheSameSpans(@ForAll("mixedTexts") String s) {
        var english = new java.util.ArrayList<String>();
        Words.forLanguage("en").forEachSpan(s, (a, b) -> english.add(a + "-" + b));
        var icu = new java.util.ArrayList<String>();
        Words.forLanguage("en").forEachSpanIcu(s, (a, b) -> icu.add(a + "-" + b));
        assertThat(english).as("spans of [%s]", s).isEqualTo(icu);
    }

    @Test
    void textsWithOtherCharactersGoThroughIcu() {
        assertThat(SimpleWordScanner.covers("snake_case")).isFalse();
        assertThat(SimpleWordScanner.covers("\u79c1\u306f")).isFalse();
        assertThat(Words.ROOT.split("snake_case x")).containsExactly("snake_case", "x");
    }
}
