package dev.saring.filter;

import dev.saring.model.Outcome;
import dev.saring.pipeline.Step;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static dev.saring.filter.Docs.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QualityFiltersTest {

    private static Step step(List<Step> chain, String name) {
        return chain.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theDefaultChainHasEveryFamilyInFinewebsOrder() {
        assertThat(QualityFilters.defaultChain()).extracting(Step::name)
                .containsExactly("language-score", "gopher-repetition", "gopher-quality", "c4-quality", "fineweb-quality");
    }

    @Test
    void everyLanguageOfTheBuiltInTableBuildsAndShowsInTheSteps() {
        var chain = QualityFilters.chain(LanguageTable.builtIn(), Map.of());
        assertThat(step(chain, "gopher-quality").toString()).contains("; id: ", "; ms: ");
    }

    @Test
    void indonesianGetsFinewebTwosThresholds() {
        var chain = QualityFilters.defaultChain();
        var gq = ((GopherQualityFilter) step(chain, "gopher-quality")).settingsFor("id");
        assertThat(gq.toString()).contains("min_avg_word_length=3.0, max_avg_word_length=12.0", "max_non_alpha_words_ratio=0.805",
                "min_stop_words=2", "stop_words=dan yang di pada dari ini dengan adalah untuk dalam");
        var rep = ((GopherRepetitionFilter) step(chain, "gopher-repetition")).settingsFor("id");
        assertThat(rep.dupLineFrac()).isEqualTo(0.241);
        assertThat(rep.dupParaFrac()).isZero();
        var fw = ((FineWebQualityFilter) step(chain, "fineweb-quality")).settingsFor("id");
        assertThat(fw.linePunctThr()).isEqualTo(0.111);
        assertThat(fw.newLineRatio()).isEqualTo(0.157);
        // FineWeb-2's 0.685 is a GlotLID probability; saring's score has its own bar.
        assertThat(((LanguageScoreFilter) step(chain, "language-score")).settingsFor("id").minScore()).isEqualTo(0.5);
        assertThat(((C4QualityFilter) step(chain, "c4-quality")).settingsFor("id").enabled()).isFalse();
    }

    @Test
    void englishRunsC4AsFinewebsPipelineDidWithoutTheTerminalPunctuationRule() {
        var c4 = ((C4QualityFilter) step(QualityFilters.defaultChain(), "c4-quality")).settingsFor("en");
        assertThat(c4.enabled()).isTrue();
        assertThat(c4.minNumSentences()).isEqualTo(5);
        assertThat(c4.filterNoTerminalPunct()).isFalse();
    }

    @Test
    void everyLanguageTheIdentifierNamesHasSettingsOfItsOwn() {
        for (Step s : QualityFilters.defaultChain()) {
            var filter = (PerLanguageFilter<?>) s;
            assertThat(dev.saring.lang.internal.LinguaCodes.all()).as(s.name()).allMatch(filter::hasSettingsFor);
        }
    }

    @Test
    void aLanguageWithoutAnEntryGetsTheLanguageAgnosticRulesNeverEnglishs() {
        var chain = QualityFilters.defaultChain();
        var gq = (GopherQualityFilter) step(chain, "gopher-quality");
        assertThat(gq.hasSettingsFor("km")).isFalse();
        assertThat(gq.settingsFor("km")).isEqualTo(gq.settingsFor("und")).isNotEqualTo(gq.settingsFor("en"));
        assertThat(gq.settingsFor("km").stopWords()).isEmpty();
        assertThat(gq.settingsFor("km").toString()).contains("min_doc_words=50", "min_avg_word_length=0.0", "min_stop_words=0");
        var fw = (FineWebQualityFilter) step(chain, "fineweb-quality");
        assertThat(fw.settingsFor("km").linePunctThr()).isEqualTo(-1);
        assertThat(((C4QualityFilter) step(chain, "c4-quality")).settingsFor("km").enabled()).isFalse();
        assertThat(((LanguageScoreFilter) step(chain, "language-score")).settingsFor("km").minScore()).isZero();
    }

    @Test
    void aTableOfOnesOwnWithoutTheAgnosticEntryStillGivesNoOtherLanguagesStopWords() throws Exception {
        var table = LanguageTable.parse(new ByteArrayInputStream(
                "{\"en\": {\"gopher-quality\": {\"min_stop_words\": 2}}}".getBytes(StandardCharsets.UTF_8)), "mine.json");
        var gq = (GopherQualityFilter) step(QualityFilters.chain(table, Map.of()), "gopher-quality");
        assertThat(gq.settingsFor("de").stopWords()).isEmpty();
        assertThat(gq.settingsFor("en").stopWords()).contains("the");
    }

    @Test
    void everyLanguagesLineEndsIncludeTheQuotationMarks() {
        var fw = (FineWebQualityFilter) step(QualityFilters.defaultChain(), "fineweb-quality");
        for (String lang : List.of("en", "de", "fr", "ru", "ja", "zh", "id")) {
            String stops = fw.settingsFor(lang).stopChars();
            for (char q : FineWebQualityFilter.QUOTATION_MARKS.toCharArray()) {
                assertThat(stops).as(lang + " stop_chars has U+%04X", (int) q).contains(String.valueOf(q));
            }
        }
        assertThat(FineWebQualityFilter.QUOTATION_MARKS).contains("\"", "'", "\u201d", "\u00bb", "\u300d").doesNotContain(".", "!");
    }

    @Test
    void indonesianProseWithIndonesianLanguagePassesTheWholeChain() {
        String text = Docs.INDONESIAN + "\nIni adalah berita dari kota yang ramai dengan pengunjung.";
        var d = doc(text, "id");
        for (Step s : QualityFilters.defaultChain()) {
            assertThat(s.apply(d)).as(s.name()).isInstanceOf(Outcome.Kept.class);
        }
    }

    /** Japanese prose written for this test: dictionary words of one to three characters, lines ending in 。 */
    private static final String JAPANESE = String.join("\n",
            "町の古い橋は、来年の春から二年間の修理のために閉鎖されることになりました。",
            "市の担当者によると、去年の調査で鉄の柱に小さなひびが見つかったということです。",
            "橋の近くの店の人たちは、客が減るのではないかと心配しています。",
            "市は工事の間、歩行者と自転車のための仮の道を用意する予定です。",
            "修理が終わった後、橋はこれまでより多くの車を安全に通せるようになると市は説明しています。",
            "住民の説明会は来月、市役所で二回開かれます。");

    @Test
    void japaneseProseWithJapaneseSettingsPassesTheWholeChainButFailsEnglishs() {
        for (Step s : QualityFilters.defaultChain()) {
            assertThat(s.apply(doc(JAPANESE, "ja"))).as(s.name()).isInstanceOf(Outcome.Kept.class);
        }
        var gopher = step(QualityFilters.defaultChain(), "gopher-quality");
        assertThat(gopher.apply(doc(JAPANESE, "en"))).isInstanceOf(Outcome.Dropped.class);
    }

    /** Chinese prose written for this test. */
    private static final String CHINESE = String.join("\n",
            "市政府决定从明年春天开始关闭老桥，进行为期两年的维修。",
            "据市里的工作人员介绍，去年的检查在桥的钢柱上发现了几条小裂缝。",
            "桥附近的商店担心客人会减少，骑车的人也希望能保留一条通道。",
            "市政府表示，维修期间将为行人和自行车修建一条临时道路。",
            "维修完成后，这座桥将能够比以前更安全地通过更多的车辆。",
            "下个月市政府会在市民中心举行两次说明会，听取居民的意见。");

    @Test
    void chineseProseWithChineseSettingsPassesTheWholeChainButFailsEnglishs() {
        for (Step s : QualityFilters.defaultChain()) {
            assertThat(s.apply(doc(CHINESE, "zh"))).as(s.name()).isInstanceOf(Outcome.Kept.class);
        }
        var gopher = step(QualityFilters.defaultChain(), "gopher-quality");
        assertThat(gopher.apply(doc(CHINESE, "en"))).isInstanceOf(Outcome.Dropped.class);
    }

    @Test
    void overridesApplyToEveryLanguageOrToOne() {
        var chain = QualityFilters.chain(Map.of("gopher-quality", Map.of("min_doc_words", 100),
                "gopher-quality:id", Map.of("min_doc_words", 20), "gopher-quality:km", Map.of("min_stop_words", 3)));
        var gq = (GopherQualityFilter) step(chain, "gopher-quality");
        assertThat(gq.settingsFor("en").toString()).contains("min_doc_words=100");
        assertThat(gq.settingsFor("ms").toString()).contains("min_doc_words=100");
        assertThat(gq.settingsFor("id").toString()).contains("min_doc_words=20", "stop_words=dan");
        assertThat(gq.hasSettingsFor("km")).isTrue();
        assertThat(gq.settingsFor("km").toString()).contains("min_doc_words=100", "min_stop_words=3", "min_avg_word_length=0.0")
                .doesNotContain("stop_words=the");
    }

    @Test
    void aStepDisabledForEveryLanguageIsLeftOut() {
        var chain = QualityFilters.chain(Map.of("c4-quality", Map.of("enabled", false)));
        assertThat(chain).extracting(Step::name).doesNotContain("c4-quality");
    }

    @Test
    void unknownSectionIsAnErrorListingTheKnownOnes() {
        assertThatThrownBy(() -> QualityFilters.chain(Map.of("gopher", Map.of())))
                .hasMessageContaining("'gopher'").hasMessageContaining("gopher-quality");
    }

    @Test
    void unknownSettingIsAnErrorNamingIt() {
        assertThatThrownBy(() -> QualityFilters.chain(Map.of("fineweb-quality", Map.of("line_punct_threshold", 0.1))))
                .hasMessageContaining("fineweb-quality.line_punct_threshold");
    }

    @Test
    void outOfRangeValueIsAnErrorNamingKeyAndRange() {
        assertThatThrownBy(() -> QualityFilters.chain(Map.of("language-score:id", Map.of("min_score", 2))))
                .hasMessageContaining("language-score:id.min_score").hasMessageContaining("[0.0, 1.0]");
    }

    @Test
    void aBadTableEntryIsAnErrorNamingTheTableLanguageAndKey() throws Exception {
        String json = "// mine\n{\"id\": {\"gopher-quality\": {\"max_avg_word_lenght\": 12}}}";
        var table = LanguageTable.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "mine.json");
        assertThatThrownBy(() -> QualityFilters.chain(table, Map.of()))
                .hasMessageContaining("mine.json id.gopher-quality.max_avg_word_lenght");
    }
}
