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
    void textWithoutThreeLettersInARowHasNoCandidates() {
        assertThat(all.top(List.of("12 34 a b"), 3)).isEmpty();
    }
}
