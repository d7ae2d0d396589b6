package dev.saring.extract.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class FragmentTextTest {

    @Test
    void blockElementsAndBreaksBecomeLinesWithTheWhitespaceAroundThemGone() {
        assertThat(FragmentText.of("<p>Satu  dua </p>\n <p> tiga<br>  empat</p>")).isEqualTo("Satu dua\ntiga\nempat");
        assertThat(FragmentText.of("no tags at all")).isEqualTo("no tags at all");
    }

    @Test
    void joiningLinesGivesWhatTheRegularExpressionItReplacesGave() {
        var rnd = new Random(7);
        char[] alphabet = {' ', '\t', '\n', '\r', '\f', 'a', 'b'};
        for (int k = 0; k < 20_000; k++) {
            var sb = new StringBuilder();
            int n = rnd.nextInt(24);
            for (int i = 0; i < n; i++) sb.append(alphabet[rnd.nextInt(alphabet.length)]);
            String s = sb.toString();
            assertThat(FragmentText.joinLines(s)).as("%s", s.replace("\n", "\\n").replace("\t", "\\t"))
                    .isEqualTo(s.replaceAll("[ \\t]*\\n[\\s]*", "\n"));
        }
    }

    /** 200,000 empty inline elements are 200,000 spaces without a line break: the old regular expression took minutes. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aLongRunOfSpacesWithoutALineBreakTakesLinearTime() {
        long small = millis(20_000);
        long large = millis(200_000);
        System.out.printf("FragmentText: 20,000 spaces %d ms, 200,000 spaces %d ms%n", small, large);
        // linear: about 10 times; quadratic would be 100 times
        assertThat(large).isLessThan(30 * small + 2_000);
    }

    private static long millis(int spaces) {
        String fragment = "<p>a" + "<i> </i>".repeat(spaces) + "b</p>";
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            long t0 = System.nanoTime();
            assertThat(FragmentText.of(fragment)).startsWith("a ").endsWith(" b").hasSize(spaces + 2);
            best = Math.min(best, (System.nanoTime() - t0) / 1_000_000);
        }
        return best;
    }
}
