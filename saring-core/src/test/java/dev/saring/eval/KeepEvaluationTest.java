package dev.saring.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeepEvaluationTest {

    private static KeepEvaluation.JudgedPage page(String id, String lang) {
        return new KeepEvaluation.JudgedPage(id, "bench", lang, 200,
                new BenchmarkPage(id, "https://x.example/" + id, Path.of(id + ".html"), null, "gold"));
    }

    @Test
    void keptDuplicatesOfKeptAndLossesAreToldApart(@TempDir Path run) throws IOException {
        Files.createDirectories(run.resolve("clean"));
        Files.createDirectories(run.resolve("rejects"));
        Files.writeString(run.resolve("clean/part-00000.jsonl"), "{\"id\":\"a\",\"text\":\"t\"}\n{\"id\":\"b\",\"text\":\"t\"}\n");
        Files.writeString(run.resolve("rejects/part-00000.jsonl"), String.join("\n",
                "{\"id\":\"b\",\"step\":\"lines\",\"reason\":\"lines\"}",
                "{\"id\":\"c\",\"step\":\"dedup-exact\",\"reason\":\"dedup:exact\",\"meta\":{\"dup_of\":\"a\"}}",
                "{\"id\":\"d\",\"step\":\"gopher-quality\",\"reason\":\"gopher:stop_words\"}",
                "{\"id\":\"e\",\"step\":\"dedup-near\",\"reason\":\"dedup:near\",\"meta\":{\"dup_of\":\"d\"}}") + "\n");
        var r = KeepEvaluation.score(run, List.of(page("a", "de"), page("b", "de"), page("c", "de"),
                page("d", "fr"), page("e", "fr"), page("f", "fr")));
        assertThat(r.total()).isEqualTo(new KeepEvaluation.Tally(6, 3));
        assertThat(r.byLanguage().get("de")).isEqualTo(new KeepEvaluation.Tally(3, 3));
        assertThat(r.byLanguage().get("fr")).isEqualTo(new KeepEvaluation.Tally(3, 0));
        assertThat(r.losses()).extracting(KeepEvaluation.Loss::reason)
                .containsExactly("gopher:stop_words", "dedup:near", "missing: neither kept nor dropped (see errors.jsonl)");
    }

    @Test
    void danielLanguageNamesBecomeCodes() {
        var p = new BenchmarkPage("x", "", Path.of("x.html"), null, "gold", "Greek");
        assertThat(KeepEvaluation.languageOf(BenchmarkLayout.DANIEL, p, t -> "en")).isEqualTo("el");
        assertThat(KeepEvaluation.languageOf(BenchmarkLayout.ZYTE, p, t -> "en")).isEqualTo("en");
    }

    @Test
    void placeholderTextIsToldFromRealLatin() {
        assertThat(KeepEvaluation.isPlaceholder("Title\n\nLorem ipsum dolor sit amet, consectetur adipisicing elit.")).isTrue();
        assertThat(KeepEvaluation.isPlaceholder("LOREM IPSUM dolor")).isTrue();
        assertThat(KeepEvaluation.isPlaceholder("Gallia est omnis divisa in partes tres, quarum unam incolunt Belgae.")).isFalse();
        assertThat(KeepEvaluation.isPlaceholder("Arma virumque cano, Troiae qui primus ab oris")).isFalse();
        // the same substring test as C4's rule, so Cicero's "dolorem ipsum" is caught as C4 catches it
        assertThat(KeepEvaluation.isPlaceholder("Neque porro quisquam est qui dolorem ipsum quia dolor sit amet")).isTrue();
    }
}
