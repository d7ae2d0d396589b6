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
        var cl100kByDefault = TokenCount.fromParams(Params.of("token-count", Map.of()));
        var cl100k = TokenCount.of("cl100k_base");
        var o200k = TokenCount.of("o200k_base");
        assertThat(cl100kByDefault.encodingName()).isEqualTo("cl100k_base");
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
    void aLongRunWithoutSpacesIsCountedInPiecesWithinATokenOrTwoPerPiece() {
        var o200k = TokenCount.of("o200k_base");
        var exact = com.knuddels.jtokkit.Encodings.newLazyEncodingRegistry().getEncoding(com.knuddels.jtokkit.api.EncodingType.O200K_BASE);
        String chinese = "北京市今天发布了新的交通规定从下个月开始所有车辆都必须遵守".repeat(1_000);
        String base64 = "QmFzZTY0IGRhdGEgb2YgYW4gaW1hZ2U".repeat(400) + " and then ordinary words follow.";
        for (String text : new String[] {chinese, base64, "a".repeat(10_000), "\n".repeat(10_000), "word " + " ".repeat(9_000) + "end"}) {
            int pieces = text.length() / TokenCount.MAX_RUN + 1;
            assertThat(o200k.count(text)).isCloseTo(exact.countTokensOrdinary(text), org.assertj.core.data.Offset.offset(2 * pieces));
        }
        // ordinary text, whose runs are short, is counted exactly
        String prose = "Harga cabai naik lagi di pasar induk, kata pedagang. ".repeat(2_000);
        assertThat(o200k.count(prose)).isEqualTo(exact.countTokensOrdinary(prose));
    }

    @Test
    void anUnknownEncodingIsAnErrorThatListsTheKnownOnes() {
        assertThatThrownBy(() -> TokenCount.of("gpt5")).hasMessageContaining("token-count.encoding = gpt5").hasMessageContaining("o200k_base");
    }
}
