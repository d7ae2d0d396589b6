package dev.saring.bench;

import dev.saring.filter.LanguageTable;
import dev.saring.lang.internal.LinguaCodes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTableGeneratorTest {

    private static final Path FINEWEB2 = Path.of(System.getProperty("saring.shared", "../shared"), "reference/fineweb-2");

    private static String committedTable() throws IOException {
        try (InputStream in = LanguageTable.class.getResourceAsStream(LanguageTable.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theCommittedTableIsTheDerivationFromFineweb2sConfigs() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(FINEWEB2.resolve("configs")),
                "skipped: no FineWeb-2 configs in " + FINEWEB2);
        assertThat(committedTable())
                .as("languages.json differs from the derivation: regenerate it with LanguageTableGenerator (see its header)")
                .isEqualTo(LanguageTableGenerator.generate(FINEWEB2));
    }

    @Test
    void theDocumentedTableIsTheDerivation() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(FINEWEB2.resolve("configs")),
                "skipped: no FineWeb-2 configs in " + FINEWEB2);
        String docs = Files.readString(Path.of("../docs/language-and-filters.md"));
        int from = docs.indexOf(LanguageTableGenerator.DOCS_BEGIN);
        int to = docs.indexOf(LanguageTableGenerator.DOCS_END);
        assertThat(from).as("docs/language-and-filters.md has the generated table's markers").isNotNegative();
        assertThat(docs.substring(from, to + LanguageTableGenerator.DOCS_END.length() + 1))
                .as("the table in docs/language-and-filters.md differs from the derivation: regenerate it with"
                        + " LanguageTableGenerator FINEWEB2_DIR --docs")
                .isEqualTo(LanguageTableGenerator.docsTable(FINEWEB2));
    }

    @Test
    void theMappingNamesEveryLanguageTheIdentifierKnowsOnce() {
        assertThat(LanguageTableGenerator.mappings()).extracting(LanguageTableGenerator.Mapping::code)
                .containsExactlyElementsOf(LinguaCodes.all());
    }

    @Test
    void everySubsetIsIso6393WithAScriptAndMacroLanguagesMapToTheirStandard() {
        for (var m : LanguageTableGenerator.mappings()) {
            if (m.code().equals("en")) continue;
            assertThat(m.subset()).as(m.code()).matches("[a-z]{3}_[A-Z][a-z]{3}");
        }
        assertThat(LanguageTableGenerator.mappings()).filteredOn(m -> m.code().matches("ms|fa|ar|zh|sw|et|lv|mn|sq|az"))
                .extracting(m -> m.code() + "=" + m.subset())
                .containsExactly("ar=arb_Arab", "az=azj_Latn", "et=ekk_Latn", "fa=fas_Arab", "lv=lvs_Latn", "mn=khk_Cyrl",
                        "ms=zsm_Latn", "sq=als_Latn", "sw=swh_Latn", "zh=cmn_Hani");
        assertThat(LanguageTableGenerator.mappings()).filteredOn(m -> m.subset().matches("(arb|azj|ekk|fas|lvs|khk|zsm|als|swh|cmn|fil|srp)_.*"))
                .allSatisfy(m -> assertThat(m.why()).as(m.code()).isNotBlank());
    }

    @Test
    void stopCharactersAreDatatrovesQuotationMarksAndTheScriptsSentenceTerminators() {
        assertThat(LanguageTableGenerator.stopChars("deu_Latn")).startsWith(".'\"!?")
                .contains("\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb")
                .doesNotContain("\u0964", "\u3002", ";");
        assertThat(LanguageTableGenerator.stopChars("hin_Deva")).contains("\u0964");
        assertThat(LanguageTableGenerator.stopChars("arb_Arab")).contains("\u061f", "\u06d4");
        assertThat(LanguageTableGenerator.stopChars("jpn_Jpan")).contains("\u3002", "\uff01", "\uff1f", "\u300d");
        assertThat(LanguageTableGenerator.stopChars("ell_Grek")).contains(";");
        assertThat(LanguageTableGenerator.stopChars("rus_Cyrl")).doesNotContain(";", "\u3002");
    }
}
