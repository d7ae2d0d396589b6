package dev.saring.filter;

import dev.saring.pipeline.Params;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.saring.filter.Docs.doc;
import static dev.saring.filter.Docs.verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GopherQualityFilterTest {

    private final GopherQualityFilter gopher = GopherQualityFilter.defaults();

    @Test
    void plainProseIsKept() {
        assertThat(verdict(gopher, doc(Docs.ENGLISH))).isEqualTo("kept");
    }

    @Test
    void fewerThanFiftyWordsIsDropped() {
        assertThat(verdict(gopher, doc("The cat sat on the mat with the dog."))).isEqualTo("gopher:min_words");
    }

    @Test
    void wordsThatAreTooLongOnAverageAreDropped() {
        String text = "the and " + "internationalisation ".repeat(60);
        assertThat(verdict(gopher, doc(text))).isEqualTo("gopher:mean_word_length");
    }

    @Test
    void manyHashesAreDropped() {
        String text = Docs.ENGLISH + " #news #river #town #summer #fish #bridge #trees #council #water #people #shops #visitors";
        assertThat(verdict(gopher, doc(text))).isEqualTo("gopher:hash_ratio");
    }

    @Test
    void linesThatMostlyStartWithBulletsAreDropped() {
        String text = "- the river and the town have been cleaned with care\n".repeat(10);
        assertThat(verdict(gopher, doc(text))).isEqualTo("gopher:bullet_lines");
    }

    @Test
    void linesThatOftenEndWithAnEllipsisAreDropped() {
        String text = Docs.ENGLISH.replace("there.", "there ...").replace("bridge.", "bridge …");
        assertThat(verdict(gopher, doc(text))).isEqualTo("gopher:ellipsis_lines");
    }

    @Test
    void tokensWithoutLettersAreCounted() {
        String text = Docs.ENGLISH + "\n" + "1234567 ; ".repeat(30);
        assertThat(verdict(gopher, doc(text))).isEqualTo("gopher:alpha_words");
    }

    /** A match report: names, scores and quotes, every word with a letter, but a comma or stop every few words. */
    private static final String COMMA_DENSE = String.join("\n",
            "Bandung, Jawa Barat - Persib menang 3-1 atas tamu mereka, Sabtu (10/12), di stadion yang penuh.",
            "\"Kami senang, sangat senang, karena tim bermain sabar,\" kata pelatih, Budi, kepada wartawan.",
            "Susunan pemain: Teja, Nick, Alberto, Rachmat, Ricky, Marc, Rezaldi, Dedi, Beckham, Ciro, David.",
            "Cadangan: Fitrul, Henhen, Kakang, Abdul, Robi, Erwin, Febri, Ezra, Frets, Arsan, Levy.",
            "Gol dicetak oleh Ciro (12'), David (40'), dan Beckham (77'); tamu membalas lewat penalti (88').",
            "Pertandingan berikutnya, Rabu (14/12), di Bali: tiket dijual mulai Senin, pukul 10.00 WIB.");

    @Test
    void punctuationIsNotCountedAgainstWordsByDefault() {
        var chain = QualityFilters.defaultChain(); // FineWeb-2's Indonesian threshold, 0.805
        var gopherQuality = chain.stream().filter(s -> s.name().equals(GopherQualityFilter.NAME)).findFirst().orElseThrow();
        assertThat(verdict(gopherQuality, doc(COMMA_DENSE, "id"))).isEqualTo("kept");
    }

    @Test
    void countPunctuationReproducesDatatrovesTokenCount() {
        var p = Params.of("gopher-quality", Map.of("max_non_alpha_words_ratio", 0.805, "min_doc_words", 50,
                "stop_words", "dan di yang pada dari", "count_punctuation", true));
        assertThat(verdict(GopherQualityFilter.fromParams(p), doc(COMMA_DENSE))).isEqualTo("gopher:alpha_words");
        var words = Params.of("gopher-quality", Map.of("max_non_alpha_words_ratio", 0.805, "min_doc_words", 50,
                "stop_words", "dan di yang pada dari"));
        assertThat(verdict(GopherQualityFilter.fromParams(words), doc(COMMA_DENSE))).isEqualTo("kept");
    }

    @Test
    void proseWithoutStopWordsIsDropped() {
        assertThat(verdict(gopher, doc(Docs.INDONESIAN))).isEqualTo("gopher:stop_words");
    }

    @Test
    void theDocumentsLanguageChoosesTheStopWords() {
        var indonesian = GopherQualityFilter.Settings.defaults().withStopWords(List.of("dan", "yang", "di"), 2);
        var f = GopherQualityFilter.perLanguage(GopherQualityFilter.Settings.defaults(), Map.of("id", indonesian));
        assertThat(verdict(f, doc(Docs.INDONESIAN, "id"))).isEqualTo("kept");
        assertThat(verdict(f, doc(Docs.INDONESIAN, "ms"))).isEqualTo("gopher:stop_words");
        assertThat(verdict(f, doc(Docs.INDONESIAN))).isEqualTo("gopher:stop_words");
    }

    @Test
    void zeroTurnsARuleOff() {
        var p = Params.of("gopher-quality", Map.of("min_doc_words", 0, "min_stop_words", 0));
        assertThat(verdict(GopherQualityFilter.fromParams(p), doc("Kucing duduk di atas tikar."))).isEqualTo("kept");
    }

    @Test
    void settingsAreValidatedWithKeyAndRange() {
        assertThatThrownBy(() -> GopherQualityFilter.fromParams(Params.of("gopher-quality", Map.of("max_non_alpha_words_ratio", 1.5))))
                .hasMessageContaining("gopher-quality.max_non_alpha_words_ratio").hasMessageContaining("[0.0, 1.0]");
        assertThatThrownBy(() -> GopherQualityFilter.fromParams(Params.of("gopher-quality", Map.of("min_words", 5))))
                .hasMessageContaining("gopher-quality.min_words");
    }

    @Test
    void toStringShowsTheSettings() {
        assertThat(gopher.toString()).startsWith("GopherQualityFilter[min_doc_words=50, max_doc_words=100000, min_avg_word_length=3.0")
                .contains("stop_words=the be to of and that have with");
        assertThat(gopher.name()).isEqualTo("gopher-quality");
    }

    @Test
    void stopWordAffixesMatchParticlesWrittenOntoAWord() {
        var words = List.of("\uc758", "\ub294", "\ub2e4");   // 의 는 다: Korean particles and an ending
        var exact = GopherQualityFilter.Settings.fromParams(Params.of("t", Map.of("min_avg_word_length", 1)),
                GopherQualityFilter.Settings.defaults().withStopWords(words, 2));
        var affixes = GopherQualityFilter.Settings.fromParams(Params.of("t", Map.of("stop_word_affixes", true)), exact);
        // "The city's bridge is closed." in Korean, padded to the minimum length with the same sentence.
        String text = "\uc2dc\uc758 \ub2e4\ub9ac\ub294 \ub2eb\ud614\ub2e4. ".repeat(20);
        assertThat(verdict(GopherQualityFilter.perLanguage(exact, Map.of()), doc(text))).isEqualTo("gopher:stop_words");
        assertThat(verdict(GopherQualityFilter.perLanguage(affixes, Map.of()), doc(text))).isEqualTo("kept");
    }
}
