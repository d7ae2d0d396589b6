package dev.saring.filter;

import dev.saring.model.LanguageGuess;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.saring.filter.Docs.doc;
import static dev.saring.filter.Docs.verdict;
import static org.assertj.core.api.Assertions.assertThat;

class LanguageScoreFilterTest {

    private final LanguageScoreFilter f = LanguageScoreFilter.perLanguage(LanguageScoreFilter.Settings.defaults(),
            Map.of("id", new LanguageScoreFilter.Settings(true, 0.685)));

    @Test
    void scoreBelowTheLanguagesMinimumIsDropped() {
        assertThat(verdict(f, doc("x").withLang(new LanguageGuess("id", 0.68, "ms", 0.32)))).isEqualTo("language_score:too_low");
        assertThat(verdict(f, doc("x").withLang(new LanguageGuess("id", 0.69, "ms", 0.31)))).isEqualTo("kept");
    }

    @Test
    void otherLanguagesGetEnglishsMinimum() {
        assertThat(verdict(f, doc("x").withLang(new LanguageGuess("fr", 0.66, "en", 0.34)))).isEqualTo("kept");
        assertThat(verdict(f, doc("x").withLang(new LanguageGuess("fr", 0.64, "en", 0.36)))).isEqualTo("language_score:too_low");
    }

    @Test
    void documentsWithoutALanguageAreKept() {
        assertThat(verdict(f, doc("x"))).isEqualTo("kept");
    }
}
