package dev.saring.filter;

import dev.saring.pipeline.Params;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.saring.filter.Docs.doc;
import static dev.saring.filter.Docs.verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GopherRepetitionFilterTest {

    private final GopherRepetitionFilter rep = GopherRepetitionFilter.defaults();

    private static GopherRepetitionFilter only(String key, Object value) {
        var settings = new java.util.HashMap<String, Object>(Map.of("dup_line_frac", 0, "dup_para_frac", 0,
                "dup_line_char_frac", 0, "dup_para_char_frac", 0, "top_n_grams", "", "dup_n_grams", ""));
        settings.put(key, value);
        return GopherRepetitionFilter.fromParams(Params.of("gopher-repetition", settings));
    }

    @Test
    void plainProseIsKept() {
        assertThat(verdict(rep, doc(Docs.ENGLISH))).isEqualTo("kept");
    }

    @Test
    void repeatedParagraphsAreDropped() {
        String text = "Share this story.\n\nRead more.\n\nShare this story.\n\nRead more.\n\nThe end of it all.";
        assertThat(verdict(rep, doc(text))).isEqualTo("gopher:dup_para_frac");
    }

    @Test
    void repeatedLinesAreDroppedWhenParagraphRulesAreOff() {
        String text = "Share this story.\nRead more.\nShare this story.\nRead more.\nThe end of it all.";
        assertThat(verdict(only("dup_line_frac", 0.3), doc(text))).isEqualTo("gopher:dup_line_frac");
        assertThat(verdict(only("dup_line_frac", 0.5), doc(text))).isEqualTo("kept");
    }

    @Test
    void topNgramCoversItsCountTimesItsJoinedLength() {
        // 2-grams: "a b" ×3, "b a" ×2, "b c" ×1: the top covers 3 × len("a b") = 9 of 13 characters (0.69).
        String text = "a b a b a b c";
        assertThat(verdict(only("top_n_grams", "2:0.6"), doc(text))).isEqualTo("gopher:top_2_gram");
        assertThat(verdict(only("top_n_grams", "2:0.7"), doc(text))).isEqualTo("kept");
    }

    @Test
    void repeatedNgramsAreCountedGreedilyAsDatatroveDoes() {
        // 3-grams abc, bca, cab are new; abc at 3 repeats (+3 chars, jump to 6); abc at 6 repeats (+3): 6 of 17.
        String text = "a b c a b c a b c";
        assertThat(verdict(only("dup_n_grams", "3:0.35"), doc(text))).isEqualTo("gopher:dup_3_gram");
        assertThat(verdict(only("dup_n_grams", "3:0.36"), doc(text))).isEqualTo("kept");
    }

    @Test
    void aRepeatedSentenceInsideOtherwiseVariedTextIsCaughtByDuplicateFivegrams() {
        var sb = new StringBuilder();
        for (int i = 0; i < 60; i++) sb.append("word").append((char) ('a' + i % 26)).append((char) ('a' + i / 26)).append(' ');
        sb.append("satu dua tiga empat lima enam tujuh delapan sembilan sepuluh ".repeat(4));
        assertThat(verdict(rep, doc(sb.toString().strip()))).isEqualTo("gopher:dup_5_gram");
    }

    @Test
    void ngramSettingsAcceptFinewebTwoPairs() {
        var f = GopherRepetitionFilter.fromParams(Params.of("gopher-repetition",
                Map.of("top_n_grams", java.util.List.of(java.util.List.of(2, 0.194), java.util.List.of(3, 0.166)))));
        assertThat(f.settingsFor("id").topNgrams()).hasToString("[2:0.194, 3:0.166]");
    }

    @Test
    void badNgramSettingNamesKeyAndRange() {
        assertThatThrownBy(() -> only("dup_n_grams", "5:1500")).hasMessageContaining("gopher-repetition.dup_n_grams")
                .hasMessageContaining("[0.0, 1000.0]");
        assertThatThrownBy(() -> only("top_n_grams", "2")).hasMessageContaining("n:fraction pairs");
    }

    @Test
    void emptyTextIsKept() {
        assertThat(verdict(rep, doc(""))).isEqualTo("kept");
    }
}
