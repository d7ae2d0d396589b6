package dev.saring.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The decoder's fast UTF-8 check decides as the JDK's reporting decoder does, and decodes to the same text. */
class HtmlDecoderUtf8CheckTest {

    private static final int[] TAILS = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE0, 0xF0, 0xFF};

    private static void same(byte[] b) {
        assertThat(HtmlDecoder.strictUtf8(b)).as("bytes %s", Arrays.toString(b)).isEqualTo(HtmlDecoder.strictUtf8ByDecoder(b));
    }

    @Test
    void everyOneAndTwoByteInputIsJudgedAsTheDecoderJudgesIt() {
        for (int a = 0; a < 256; a++) {
            same(new byte[] {(byte) a});
            for (int c = 0; c < 256; c++) same(new byte[] {(byte) a, (byte) c});
        }
    }

    @Test
    void everyLeadByteWithEverySecondByteAndBoundaryTailsIsJudgedAsTheDecoderJudgesIt() {
        for (int a = 0x80; a < 256; a++) {
            for (int c = 0; c < 256; c++) {
                for (int t : TAILS) {
                    same(new byte[] {(byte) a, (byte) c, (byte) t});
                    for (int u : TAILS) same(new byte[] {(byte) a, (byte) c, (byte) t, (byte) u, 'x'});
                }
            }
        }
    }

    @Test
    void randomTextsOfMixedSequencesAreJudgedAsTheDecoderJudgesThem() {
        var random = new SplittableRandom(13);
        String sample = "aé€😀\u0000ÿ";
        byte[] units = sample.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int k = 0; k < 20_000; k++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextInt(8) == 0 ? (byte) random.nextInt(256) : units[random.nextInt(units.length)];
            }
            same(b);
        }
    }

    @Test
    void theSharedBenchmarkPagesDecodeAsBefore() throws IOException {
        Path dir = Path.of(System.getProperty("saring.shared", "../shared"), "benchmarks", "extraction");
        assumeTrue(Files.isDirectory(dir), "no shared benchmark pages in " + dir);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".html")).limit(2_000)::iterator) {
                same(Files.readAllBytes(p));
            }
        }
    }
}
