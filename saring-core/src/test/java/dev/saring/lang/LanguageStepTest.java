package dev.saring.lang;

import dev.saring.model.Document;
import dev.saring.model.LanguageGuess;
import dev.saring.model.Outcome;
import dev.saring.model.Source;
import dev.saring.pipeline.Params;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LanguageStepTest {

    /** Answers from a table: the step's logic without loading models. */
    private static final LanguageIdentifier TABLE = new LanguageIdentifier() {
        @Override
        public LanguageGuess identify(String text) {
            return switch (text) {
                case "halo" -> new LanguageGuess("id", 0.9, "ms", 0.1);
                case "bonjour" -> new LanguageGuess("fr", 1.0, "en", 0.0);
                default -> LanguageGuess.UNKNOWN;
            };
        }

        @Override
        public Set<String> languages() {
            return Set.of("id", "ms", "en", "fr");
        }
    };

    private static Document doc(String text) {
        return Document.ofText("d", Source.atOffset("a.txt", 0, 0, 0), text);
    }

    @Test
    void everyDocumentGetsItsLanguage() {
        Outcome o = new LanguageStep(TABLE, Set.of()).apply(doc("bonjour"));
        assertThat(o).isInstanceOf(Outcome.Kept.class);
        assertThat(o.document().lang()).contains(new LanguageGuess("fr", 1.0, "en", 0.0));
    }

    @Test
    void languagesOutsideTheKeptSetAreDroppedWithTheirCode() {
        var step = new LanguageStep(TABLE, Set.of("id", "ms"));
        assertThat(step.apply(doc("halo"))).isInstanceOf(Outcome.Kept.class);
        assertThat(step.apply(doc("bonjour"))).isEqualTo(Outcome.drop(doc("bonjour").withLang(TABLE.identify("bonjour")), "language", "language:fr"));
    }

    @Test
    void unknownIsDroppedAsUnd() {
        var o = (Outcome.Dropped) new LanguageStep(TABLE, Set.of("id")).apply(doc("12345"));
        assertThat(o.reason()).isEqualTo("language:und");
        assertThat(o.step()).isEqualTo("language");
    }

    @Test
    void keepingALanguageTheIdentifierCannotNameIsAnError() {
        assertThatThrownBy(() -> new LanguageStep(TABLE, Set.of("id", "de")))
                .hasMessageContaining("language.keep").hasMessageContaining("de");
    }

    @Test
    void unknownSettingIsAnError() {
        assertThatThrownBy(() -> LanguageStep.fromParams(Params.of("language", Map.of("keep", "id", "treshold", 1))))
                .hasMessageContaining("language.treshold");
    }

    @Test
    void toStringShowsTheConfiguration() {
        assertThat(new LanguageStep(TABLE, Set.of("ms", "id")).toString()).startsWith("LanguageStep[keep=id,ms, ");
        assertThat(new LanguageStep(TABLE, Set.of()).name()).isEqualTo("language");
    }
}
