package dev.saring.filter;

import dev.saring.pipeline.Params;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.saring.filter.Docs.doc;
import static dev.saring.filter.Docs.verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FineWebQualityFilterTest {

    private final FineWebQualityFilter fw = FineWebQualityFilter.defaults();

    @Test
    void plainProseIsKept() {
        assertThat(verdict(fw, doc(Docs.ENGLISH))).isEqualTo("kept");
    }

    @Test
    void linesThatRarelyEndInPunctuationAreDropped() {
        String text = Docs.ENGLISH.replace(".", "") + "\n" + Docs.INDONESIAN.replace(".", "")
                + "\nOnly this one ends properly, with a full stop at the very end.";
        assertThat(verdict(fw, doc(text))).isEqualTo("fineweb:line_punct_ratio");
    }

    @Test
    void noPunctuatedLineAtAllCanBeExcused() {
        String text = Docs.ENGLISH.replace(".", "");
        var f = FineWebQualityFilter.fromParams(Params.of("fineweb-quality", Map.of("line_punct_exclude_zero", true)));
        assertThat(verdict(f, doc(text))).isEqualTo("kept");
    }

    @Test
    void mostlyShortLinesAreDropped() {
        String text = "Home.\nNews.\nSport.\nWeather.\n" + Docs.ENGLISH.lines().findFirst().orElseThrow();
        assertThat(verdict(fw, doc(text))).isEqualTo("fineweb:short_line_ratio");
    }

    @Test
    void charactersOfRepeatedLinesAreCounted() {
        String text = Docs.ENGLISH + "\nSubscribe to our newsletter for more.\nSubscribe to our newsletter for more.";
        assertThat(verdict(fw, doc(text))).isEqualTo("fineweb:char_dup_ratio");
    }

    @Test
    void manyLineBreaksPerWordAreDropped() {
        String text = "Supercalifragilistic expialidocious.\nAntidisestablishmentarianism forever.\n"
                + "Pneumonoultramicroscopic silicovolcano.\nFloccinaucinihilipilification everywhere.";
        assertThat(verdict(fw, doc(text))).isEqualTo("fineweb:new_line_ratio");
    }

    @Test
    void minusOneTurnsARuleOffAndFinewebTwosNineNineNineToo() {
        String text = "Home.\nNews.\nSport.\nWeather.\n" + Docs.ENGLISH.lines().findFirst().orElseThrow();
        var off = FineWebQualityFilter.fromParams(Params.of("fineweb-quality", Map.of("short_line_thr", 999, "new_line_ratio", -1)));
        assertThat(verdict(off, doc(text))).isEqualTo("kept");
    }

    @Test
    void aTextWithoutLineBreaksIsJudgedByItsSentencesNotItsLastCharacter() {
        // a CSV column with the paragraphs joined: the last paragraph is a credit line without a full stop
        String oneLine = Docs.INDONESIAN.replace('\n', ' ') + " Diadaptasi oleh Rizki Nugraha Editor: Agus Setiawan";
        assertThat(verdict(fw, doc(oneLine))).isEqualTo("kept");
        assertThat(FineWebQualityFilter.sentenceEndRatio(oneLine, ".!?")).isCloseTo(5.0 / 6, within(1e-9));
        // the same text with its line breaks is judged line by line, as datatrove does
        String lines = Docs.INDONESIAN.replace(".", "") + "\nDiadaptasi oleh Rizki Nugraha Editor: Agus Setiawan";
        assertThat(verdict(fw, doc(lines))).isEqualTo("fineweb:line_punct_ratio");
    }

    @Test
    void aTextWithoutLineBreaksOrSentenceEndsIsStillDropped() {
        String oneLine = Docs.ENGLISH.replace(".", "").replace('\n', ' ');
        assertThat(verdict(fw, doc(oneLine))).isEqualTo("fineweb:line_punct_ratio");
        // a decimal point or an abbreviation's dot inside a word ends no sentence
        assertThat(FineWebQualityFilter.sentenceEndRatio("Version 1.5 of the e.g.tool ships today", ".!?")).isZero();
    }

    @Test
    void sentencesEndInsideQuotesAndAfterFullWidthTerminatorsWithoutASpace() {
        String zh = "\u4eca\u5929\u5929\u6c14\u5f88\u597d\u3002\u6211\u4eec\u53bb\u516c\u56ed\u3002\u4ed6\u8bf4\u201c\u4e0d\u884c\u201d";
        assertThat(FineWebQualityFilter.sentenceEndRatio(zh, ".!?\u3002\u201d")).isCloseTo(1.0, within(1e-9));
        assertThat(FineWebQualityFilter.sentenceEndRatio("He said \"Go.\" Then he left", ".!?\"")).isCloseTo(0.5, within(1e-9));
    }
}
