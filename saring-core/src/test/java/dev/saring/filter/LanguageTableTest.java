package dev.saring.filter;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LanguageTableTest {

    private static LanguageTable parse(String json) throws Exception {
        return LanguageTable.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
    }

    @Test
    void commentsAreAllowedAndValuesKeepTheirJsonTypes() throws Exception {
        var t = parse("// header\n{\"id\": { /* c */ \"gopher-quality\": {\"min_stop_words\": 2, \"stop_words\": [\"dan\", \"yang\"]}}}");
        assertThat(t.languages()).containsExactly("id");
        assertThat(t.settings("id", "gopher-quality")).containsEntry("min_stop_words", 2).containsEntry("stop_words", List.of("dan", "yang"));
        assertThat(t.settings("id", "c4-quality")).isEmpty();
        assertThat(t.settings("fr", "c4-quality")).isEmpty();
    }

    @Test
    void languageKeysMustBeLowerCaseCodes() {
        assertThatThrownBy(() -> parse("{\"Indonesian\": {}}")).hasMessageContaining("'Indonesian'");
    }

    @Test
    void theBuiltInTableHasEveryLanguageTheIdentifierNamesAndTheAgnosticRules() {
        var t = LanguageTable.builtIn();
        var expected = new java.util.TreeSet<>(dev.saring.lang.internal.LinguaCodes.all());
        expected.add("und");
        assertThat(t.languages()).containsExactlyElementsOf(expected);
        assertThat(t.settings("id", "language-score")).containsEntry("min_score", 0.5);
        assertThat(t.settings("id", "fineweb-quality")).containsEntry("line_punct_thr", 0.111).containsEntry("new_line_ratio", 0.157);
    }
}
