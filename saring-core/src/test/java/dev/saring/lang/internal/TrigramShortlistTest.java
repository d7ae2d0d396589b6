package dev.saring.lang.internal;

import com.github.pemistahl.lingua.api.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrigramShortlistTest {

    private static TrigramShortlist all;

    @BeforeAll
    static void load() {
        all = TrigramShortlist.load(Language.all());
    }

    @Test
    void linguasJarHoldsTrigramModelsWhereThisClassReadsThem() {
        // Pins Lingua 1.2.2's layout: a Lingua upgrade that moves the models fails here, not silently.
        assertThat(all.toString()).matches("TrigramShortlist\\[75 languages, \\d{6} trigrams, \\d{7} entries]");
    }

    @Test
    void modelsReadFromTheirBytesEqualModelsReadByTheJsonParser() throws Exception {
        var json = new com.fasterxml.jackson.core.JsonFactory();
        int read = 0;
        for (Language l : Language.all()) {
            try (var in = Language.class.getResourceAsStream("/language-models/" + LinguaCodes.code(l) + "/trigrams.json")) {
                if (in == null) continue;
                byte[] bytes = in.readAllBytes();
                var fast = TrigramShortlist.readModelBytes(bytes);
                var parsed = TrigramShortlist.readModel(json.createParser(bytes));
                assertThat(fast).as(l.toString()).isNotNull();
                assertThat(fast.size()).as(l.toString()).isEqualTo(parsed.size()).isPositive();
                assertThat(java.util.Arrays.copyOf(fast.trigrams(), fast.size())).isEqualTo(java.util.Arrays.copyOf(parsed.trigrams(), parsed.size()));
                assertThat(java.util.Arrays.copyOf(fast.logProbs(), fast.size())).isEqualTo(java.util.Arrays.copyOf(parsed.logProbs(), parsed.size()));
                read++;
            }
        }
        assertThat(read).isGreaterThan(60);
    }

    @Test
    void modelInAnotherShapeIsLeftToTheJsonParser() {
        byte[] escaped = "{\"language\":\"X\",\"ngrams\":{\"1/2\":\"a\\u00e9b\"}}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(TrigramShortlist.readModelBytes(escaped)).isNull();
        assertThat(TrigramShortlist.readModelBytes("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isNull();
    }

    @Test
    void englishTextPutsEnglishFirst() {
        var top = all.top(List.of("the quick brown fox jumps over the lazy dog and then it sleeps"), 3);
        assertThat(top).hasSize(3).contains(Language.ENGLISH);
    }

    @Test
    void indonesianTextShortlistsIndonesianOrMalay() {
        var top = all.top(List.of("pemerintah akan memperbaiki jalan yang rusak di beberapa kecamatan"), 3);
        assertThat(top).containsAnyOf(Language.INDONESIAN, Language.MALAY);
    }

    @Test
    void longEnglishTextLeadsFarOverItsRunnerUp() {
        var e = all.evidence("the city council will repair damaged roads in several districts starting next month, "
                + "after residents complained about potholes and missing street lights");
        assertThat(all.leader(e)).isEqualTo(Language.ENGLISH);
        assertThat(all.runnerUp(e)).isNotNull().isNotEqualTo(Language.ENGLISH);
        assertThat(e.trigrams()).isGreaterThan(50);
        assertThat(e.leadPerTrigram()).isGreaterThan(0.25);
        assertThat(all.top(e, 3)).isEqualTo(all.top(List.of("the city council will repair damaged roads in several "
                + "districts starting next month, after residents complained about potholes and missing street lights"), 3));
    }

    @Test
    void indonesianAndMalayLeadEachOtherByLittle() {
        var e = all.evidence("pemerintah akan memperbaiki jalan yang rusak di beberapa kecamatan mulai bulan depan");
        assertThat(List.of(all.leader(e), all.runnerUp(e))).containsAnyOf(Language.INDONESIAN, Language.MALAY);
        assertThat(e.leadPerTrigram()).isLessThan(0.25);
    }

    @Test
    void textWithoutThreeLettersInARowHasNoEvidence() {
        var e = all.evidence("12 34 a b");
        assertThat(all.leader(e)).isNull();
        assertThat(e.leadPerTrigram()).isZero();
    }

    @Test
    void textWithoutThreeLettersInARowHasNoCandidates() {
        assertThat(all.top(List.of("12 34 a b"), 3)).isEmpty();
    }
}
