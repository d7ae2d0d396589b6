package dev.saring.lang.internal;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CloseGroupScorerTest {

    private static LanguageDetector lingua;
    private static CloseGroupScorer scorer;

    @BeforeAll
    static void load() {
        lingua = LanguageDetectorBuilder.fromLanguages(Language.INDONESIAN, Language.MALAY).build();
        scorer = CloseGroupScorer.load(List.of(Language.INDONESIAN, Language.MALAY));
    }

    /** Short texts (Lingua's high-accuracy range) and longer ones (trigrams only), all written for this test. */
    static List<String> texts() {
        var out = new ArrayList<String>();
        for (String paragraph : List.of(dev.saring.lang.FixturesAccess.INDONESIAN, dev.saring.lang.FixturesAccess.MALAY,
                dev.saring.lang.FixturesAccess.ENGLISH)) {
            out.addAll(TextWindows.spread(paragraph, 8, 119));
            out.add(paragraph);
        }
        out.add("Tahniah! Bayi comel anda, 3 kg, sudah selamat dilahirkan...");
        out.add("«Karena» — 12:30 WIB (Senin, 21/5).");
        // letters that no Indonesian or Malay model has: their n-grams back off to the known prefix
        out.add("Kafe Þórr di Blok M menjual kopi ŋgaŋ dan roti ħalwa, ŋgaŋ sekali lagi.");
        return out;
    }

    @Test
    void givesLinguasOwnConfidenceValues() {
        for (String t : texts()) {
            var theirs = lingua.computeLanguageConfidenceValues(t);
            var ours = scorer.confidences(t);
            assertThat(ours.keySet()).as(t).containsExactlyElementsOf(theirs.keySet());
            for (var e : theirs.entrySet()) assertThat(ours.get(e.getKey())).as(t).isCloseTo(e.getValue(), within(1e-5));
        }
    }

    @Test
    void textWithoutLettersOrInAnotherScriptHasNoAnswer() {
        assertThat(scorer.confidences("12 34 — 56")).isEmpty();
        assertThat(scorer.confidences("")).isEmpty();
        assertThat(scorer.confidences("مرحبا بكم في المدينة")).isEmpty();
    }

    @Test
    void cleanUpIsLinguas() {
        assertThat(CloseGroupScorer.cleanUp("  Harga NAIK 5%,  kata-nya!\n\tYa ")).isEqualTo("harga naik katanya ya");
    }
}
