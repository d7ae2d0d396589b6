package dev.saring.tokens;

import dev.saring.model.Document;
import dev.saring.model.LanguageGuess;
import dev.saring.model.Source;
import dev.saring.pipeline.Params;
import dev.saring.pipeline.Stats;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenCountTest {

    @Test
    void countsTokensWithTheNamedEncodingAndTheRunSumsThemByLanguage() {
        var o200k = TokenCount.fromParams(Params.of("token-count", Map.of()));
        var cl100k = TokenCount.of("cl100k_base");
        assertThat(o200k.encodingName()).isEqualTo("o200k_base");
        assertThat(cl100k.count("hello world")).isEqualTo(2);
        assertThat(o200k.count("hello world")).isEqualTo(2);
        assertThat(o200k.count("<|endoftext|>")).as("special tokens count as text").isGreaterThan(1);

        var stats = new Stats();
        for (String lang : new String[]{"id", "id", "en"}) {
            var doc = Document.ofText(lang, Source.atOffset("f", 0, 0, 0), "Harga cabai naik lagi.")
                    .withLang(new LanguageGuess(lang, 0.9, "ms", 0.1));
            stats.countKept(o200k.apply(doc).document());
        }
        long perDoc = o200k.count("Harga cabai naik lagi.");
        assertThat(stats.section(Stats.TOKENS)).containsEntry("total", 3 * perDoc).containsEntry("id", 2 * perDoc).containsEntry("en", perDoc);
    }

    @Test
    void anUnknownEncodingIsAnErrorThatListsTheKnownOnes() {
        assertThatThrownBy(() -> TokenCount.of("gpt5")).hasMessageContaining("token-count.encoding = gpt5").hasMessageContaining("o200k_base");
    }
}
