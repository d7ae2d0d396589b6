package dev.saring.filter;

import dev.saring.pipeline.Params;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.saring.filter.Docs.doc;
import static dev.saring.filter.Docs.verdict;
import static org.assertj.core.api.Assertions.assertThat;

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
}
