package dev.saring.lang;

import dev.saring.lang.internal.LatinScript;
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
    void documentClearlyInOneLanguageGetsLinguasAnswerWithoutLingua() {
        // Shortlist 0: Lingua weighs every chunk among every language, no trigram evidence, no shortcut.
        var linguaOnEveryChunk = LinguaIdentifier.load(lingua.options().withShortlist(0));
        String german = ("Der Stadtrat wird ab dem n\u00e4chsten Monat besch\u00e4digte Stra\u00dfen in mehreren Bezirken "
                + "reparieren, nachdem sich die Anwohner \u00fcber Schlagl\u00f6cher und fehlende Beleuchtung beschwert haben. ").repeat(8);
        String french = ("Le conseil municipal r\u00e9parera les routes endommag\u00e9es dans plusieurs quartiers d\u00e8s le "
                + "mois prochain, apr\u00e8s les plaintes des habitants au sujet des nids-de-poule. ").repeat(8);
        String english = (Fixtures.ENGLISH + "\n").repeat(4);
        for (String doc : List.of(german, french, english)) {
            LanguageGuess fast = lingua.identify(doc);
            assertThat(fast.code()).isEqualTo(linguaOnEveryChunk.identify(doc).code());
            assertThat(fast.score()).isEqualTo(1.0);
            assertThat(fast.runnerUp()).isNotEqualTo(fast.code()).isNotEqualTo("und");
        }
    }

    @Test
    void documentOfTwoLanguagesIsNotTakenForOne() {
        String english = (Fixtures.ENGLISH + "\n").repeat(2);
        String german = ("Der Stadtrat wird ab dem n\u00e4chsten Monat besch\u00e4digte Stra\u00dfen in mehreren Bezirken "
                + "reparieren, nachdem sich die Anwohner \u00fcber Schlagl\u00f6cher beschwert haben. ").repeat(6);
        LanguageGuess g = lingua.identify(english + "\n" + german);
        assertThat(Set.of(g.code(), g.runnerUp())).containsExactlyInAnyOrder("en", "de");
        assertThat(g.score()).isLessThan(1.0);
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

    @Test
    void textMostlyInCyrillicIsJudgedByItsCyrillicNotItsLatinAddresses() {
        var cyrillicAndLatin = LinguaIdentifier.load(LanguageOptions.defaults());   // all 75, as a run has them
        // more Cyrillic letters than Latin (192 to 162); whole, Lingua calls it English
        String footer = String.join("\n",
                "Адрес редакции «CityNews.Ru»: 12 High Street, Leith, EH6 6QU, Scotland, United Kingdom, UK",
                "Адрес издателя проекта «CityNews.Ru»: 12 High Street, Leith, EH6 6QU, Scotland, United Kingdom, UK",
                "Телефон: +441310000000. Факс: +441310000001. E-mail: info (собака) citynews.example",
                "При перепечатке информационных материалов ссылка на «CityNews.Ru» обязательна.",
                "Возрастная категория информационной продукции: 16+",
                "© Трансрегиональная медиа-группа «CityNews.Ru», 2004-2013. Концепция, дизайн, HTML, CSS, Scripts");
        LanguageGuess g = cyrillicAndLatin.identify(footer);
        assertThat(g.code()).isEqualTo("ru");
        // the Latin words were all that made it English, Nynorsk or Finnish; alone they still are Latin text
        assertThat(LatinScript.withoutLatinWords("Адрес: 12 High Street, Edinburgh")).isEqualTo("Адрес: 12      ");
        assertThat(cyrillicAndLatin.identify("12 High Street, Edinburgh, Scotland, United Kingdom").code()).isEqualTo("en");
    }
}
