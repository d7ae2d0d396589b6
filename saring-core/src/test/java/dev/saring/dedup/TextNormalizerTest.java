package dev.saring.dedup;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {

    private final TextNormalizer norm = TextNormalizer.defaults();

    @Test
    void whiteSpaceRunsBecomeOneSpaceAndEndsAreTrimmed() {
        assertThat(norm.normalize("  Harga\t\tNAIK\u00a0\u00a0 5%\r\n")).isEqualTo("harga naik 5%");
    }

    @Test
    void composedAndDecomposedFormsAreEqual() {
        assertThat(norm.normalize("Cafe\u0301")).isEqualTo(norm.normalize("Caf\u00e9")).isEqualTo("caf\u00e9");
    }

    @Test
    void caseFoldingIsFullUnicodeFolding() {
        assertThat(norm.normalize("STRASSE")).isEqualTo(norm.normalize("Stra\u00dfe"));
        assertThat(norm.normalize("\u0130stanbul")).isEqualTo(norm.normalize("i\u0307stanbul"));
    }

    @Test
    void digitsAreKeptUnlessMasked() {
        assertThat(norm.normalize("Rp 12.500")).isEqualTo("rp 12.500");
        assertThat(norm.withMaskDigits(true).normalize("Rp 12.500 \u0661\u0662")).isEqualTo("rp 00.000 00");
    }

    @Test
    void blankTextNormalizesToEmpty() {
        assertThat(norm.normalize(" \n\t ")).isEmpty();
    }

    @Test
    void asciiPathGivesWhatTheUnicodePathGivesForEveryAsciiCharacterAndRandomAsciiTexts() {
        var random = new SplittableRandom(13);
        for (boolean mask : new boolean[] {false, true}) {
            TextNormalizer n = norm.withMaskDigits(mask);
            for (char c = 0; c < 0x80; c++) {
                String t = "a" + c + "B" + c + c + " Z9";
                assertThat(TextNormalizer.normalizeAscii(t, mask)).as("char %d", (int) c).isEqualTo(n.normalizeUnicode(t));
            }
            for (int k = 0; k < 2_000; k++) {
                var sb = new StringBuilder();
                int len = random.nextInt(60);
                for (int i = 0; i < len; i++) sb.append((char) random.nextInt(0x80));
                String t = sb.toString();
                assertThat(TextNormalizer.normalizeAscii(t, mask)).isEqualTo(n.normalizeUnicode(t));
                assertThat(n.normalize(t)).isEqualTo(n.normalizeUnicode(t));
            }
        }
    }

    @Test
    void asciiPathStepsAsideAtTheFirstNonAsciiCharacter() {
        assertThat(TextNormalizer.normalizeAscii("Stra\u00dfe", false)).isNull();
        assertThat(norm.normalize("Hello STRASSE \u00a0 x")).isEqualTo("hello strasse x");
    }
}
