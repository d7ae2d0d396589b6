package dev.saring.dedup;

import org.junit.jupiter.api.Test;

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
}
