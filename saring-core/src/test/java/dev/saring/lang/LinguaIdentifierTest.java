package dev.saring.lang;

import dev.saring.model.LanguageGuess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LinguaIdentifierTest {

    /** A few models keep the test quick; the shortlist still has to choose among them. */
    private static LinguaIdentifier lingua;

    @BeforeAll
    static void load() {
        lingua = LinguaIdentifier.load(LanguageOptions.defaults().withModels(Set.of("id", "ms", "en", "de", "fr", "tl", "th")));
    }

    @Test
    void englishParagraphIsEnglishWithFullScore() {
        LanguageGuess g = lingua.identify(Fixtures.ENGLISH);
        assertThat(g.code()).isEqualTo("en");
        assertThat(g.score()).isEqualTo(1.0);
        assertThat(g.runnerUp()).isNotEqualTo("en").isNotEqualTo("und");
    }

    @Test
    void indonesianParagraphIsIndonesianWithMalayRunnerUp() {
        LanguageGuess g = lingua.identify(Fixtures.INDONESIAN);
        assertThat(g.code()).isEqualTo("id");
        assertThat(g.runnerUp()).isEqualTo("ms");
        assertThat(g.score()).isGreaterThan(0.5).isGreaterThan(g.runnerUpScore());
    }

    @Test
    void malayParagraphIsMalay() {
        LanguageGuess g = lingua.identify(Fixtures.MALAY);
        assertThat(g.code()).isEqualTo("ms");
        assertThat(g.runnerUp()).isEqualTo("id");
    }

    @Test
    void textWithoutLettersIsUnknown() {
        assertThat(lingua.identify("")).isEqualTo(LanguageGuess.UNKNOWN);
        assertThat(lingua.identify("  \n\t ")).isEqualTo(LanguageGuess.UNKNOWN);
        assertThat(lingua.identify("12:30 — 45.6% (+3)")).isEqualTo(LanguageGuess.UNKNOWN);
    }

    @Test
    void thaiIsNamedByItsScript() {
        assertThat(lingua.identify("สวัสดีครับ วันนี้อากาศดีมาก เราจะไปเที่ยวทะเลกัน").code()).isEqualTo("th");
    }

    @Test
    void documentHalfEnglishHalfIndonesianScoresAboutHalf() {
        LanguageGuess g = lingua.identify(Fixtures.ENGLISH + "\n" + Fixtures.INDONESIAN.replace("Selain itu", "\nSelain itu"));
        assertThat(Set.of(g.code(), g.runnerUp())).contains("en");
        assertThat(g.score()).isBetween(0.3, 0.8);
    }

    @Test
    void longDocumentIsDecidedFromAllOfIt() {
        // English head and tail would win a look at the head alone; Malay fills most of the document.
        String doc = Fixtures.ENGLISH + "\n" + (Fixtures.MALAY + "\n").repeat(30) + Fixtures.ENGLISH;
        assertThat(lingua.identify(doc).code()).isEqualTo("ms");
    }

    @Test
    void answersAreTheSameFromManyThreads() throws Exception {
        var texts = List.of(Fixtures.ENGLISH, Fixtures.INDONESIAN, Fixtures.MALAY);
        var expected = texts.stream().map(lingua::identify).toList();
        var pool = Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<Future<LanguageGuess>>();
            for (int i = 0; i < 60; i++) {
                String t = texts.get(i % 3);
                futures.add(pool.submit(() -> lingua.identify(t)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % 3));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void scoresOfWinnerAndRunnerUpAreShares() {
        LanguageGuess g = lingua.identify(Fixtures.INDONESIAN);
        assertThat(g.score() + g.runnerUpScore()).isCloseTo(1.0, within(0.2));
    }

    @Test
    void duelWindowsAreReadSpreadOverTheDocument() {
        assertThat(LinguaIdentifier.spreadOrder(12)).startsWith(0, 8, 4, 2, 10, 6).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    @Test
    void languagesAreTheModelsLoaded() {
        assertThat(lingua.languages()).containsExactly("de", "en", "fr", "id", "ms", "th", "tl");
    }

    @Test
    void oneLanguageIsRefused() {
        assertThatThrownBy(() -> LinguaIdentifier.load(LanguageOptions.defaults().withModels(Set.of("id"))))
                .hasMessageContaining("two languages");
    }
}
