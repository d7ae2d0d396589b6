package dev.saring.clean;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhraseTableTest {

    @Test
    void theBuiltInTableCoversIndonesianMalayEnglishAndTheLargestFineWeb2Languages() {
        assertThat(PhraseTable.builtIn().languages())
                .contains("id", "ms", "en", "ru", "zh", "de", "ja", "es", "fr", "it", "pt", "pl", "nl", "vi", "tr");
    }

    @Test
    void everyLanguageOfTheTableHasRelatedLinkAndSectionPhrases() {
        var table = PhraseTable.builtIn();
        for (String lang : List.of("id", "ms", "en", "ru", "zh", "de", "ja", "es", "fr", "it", "pt", "pl", "nl", "vi", "tr")) {
            assertThat(table.entries()).as(lang)
                    .anyMatch(e -> e.language().equals(lang) && e.kind() == PhraseKind.RELATED);
        }
    }

    @Test
    void wholeLinesMatchWhateverTheirCaseAndPunctuation() {
        var t = PhraseTable.builtIn();
        assertThat(t.isWhole("MOST POPULAR", PhraseKind.SECTION)).isTrue();
        assertThat(t.isWhole("Most popular:", PhraseKind.SECTION)).isTrue();
        assertThat(t.isWhole("  terpopuler  ", PhraseKind.SECTION)).isTrue();
        assertThat(t.isWhole("Most popular songs", PhraseKind.SECTION)).isFalse();
    }

    @Test
    void phrasesOfScriptsWithoutSpacesMatchCharacterByCharacter() {
        assertThat(PhraseTable.builtIn().isWhole("相关阅读", PhraseKind.RELATED)).isTrue();
        assertThat(PhraseTable.builtIn().isWhole("関連記事", PhraseKind.SECTION)).isTrue();
    }

    @Test
    void aTableCanBeCutToSomeLanguages() {
        var idEn = PhraseTable.builtIn().forLanguages(Set.of("id", "en"));
        assertThat(idEn.languages()).containsExactly("en", "id");
        assertThat(idEn.isWhole("Terpopuler", PhraseKind.SECTION)).isTrue();
        assertThat(idEn.isWhole("Самое популярное", PhraseKind.SECTION)).isFalse();
    }

    @Test
    void aTableIsReadFromTabSeparatedLinesWithCommentsAndHeader() throws Exception {
        var t = PhraseTable.parse(new StringReader("# comment\nlanguage\tkind\tphrase\nxx\tsection\tHot Stuff\n"));
        assertThat(t.entries()).containsExactly(new PhraseTable.Entry("xx", PhraseKind.SECTION, "Hot Stuff"));
        assertThat(t.isWhole("hot stuff!", PhraseKind.SECTION)).isTrue();
    }

    @Test
    void aMalformedLineNamesItsNumber() {
        assertThatThrownBy(() -> PhraseTable.parse(new StringReader("xx\tsection\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> PhraseTable.parse(new StringReader("xx\tnope\tphrase\n")))
                .hasMessageContaining("unknown phrase kind 'nope'");
    }
}
