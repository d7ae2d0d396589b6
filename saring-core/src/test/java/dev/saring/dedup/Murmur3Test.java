package dev.saring.dedup;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class Murmur3Test {

    // Reference values of MurmurHash3_x64_128 (SMHasher's C++), as published by several ports.
    @Test
    void emptyInputWithSeedZeroHashesToZero() {
        assertThat(Murmur3.hash128(new byte[0])).isEqualTo(new Hash128(0, 0));
    }

    @Test
    void quickBrownFoxMatchesTheReference() {
        byte[] fox = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);
        assertThat(Murmur3.hash128(fox)).isEqualTo(new Hash128(0xe34bbc7bbc071b6cL, 0x7a433ca9c49a9347L));
        assertThat(Murmur3.hash128(fox).toHex()).isEqualTo("e34bbc7bbc071b6c7a433ca9c49a9347");
    }

    @Test
    void seededShortInputsMatchTheReference() {
        assertThat(Murmur3.hash128("hello".getBytes(StandardCharsets.UTF_8), 42))
                .isEqualTo(new Hash128(0xc4b8b3c960af6f08L, 0x2334b875b0efbc7aL));
        assertThat(Murmur3.hash128("hello".getBytes(StandardCharsets.UTF_8), 1))
                .isEqualTo(new Hash128(0xa78ddff5adae8d10L, 0x128900ef20900135L));
        assertThat(Murmur3.hash128("hello wor".getBytes(StandardCharsets.UTF_8), 5))
                .isEqualTo(new Hash128(0xc2219d213ec1f1b5L, 0xa1d8e2e0a52785bdL));
    }

    @Property
    void hashingCharsEqualsHashingTheirUtf16LittleEndianBytes(@ForAll String s) {
        // An unpaired surrogate has no UTF-16 encoding: the encoder would substitute it.
        Assume.that(s.codePoints().noneMatch(cp -> Character.isSurrogate((char) cp) && cp <= Character.MAX_VALUE));
        assertThat(Murmur3.hash128(s)).isEqualTo(Murmur3.hash128(s.getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void utf8HashIsTheReferenceOnUtf8Bytes() {
        assertThat(Murmur3.hash128Utf8("ibu kota")).isEqualTo(Murmur3.hash128("ibu kota".getBytes(StandardCharsets.UTF_8)));
    }
}
