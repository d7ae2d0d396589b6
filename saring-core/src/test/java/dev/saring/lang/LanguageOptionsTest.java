package dev.saring.lang;

import dev.saring.pipeline.Params;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LanguageOptionsTest {

    @Test
    void defaultsAreAllLanguagesLowAccuracyWithIndonesianAndMalayAsCloseGroup() {
        var d = LanguageOptions.defaults();
        assertThat(d.models()).isEmpty();
        assertThat(d.accuracy()).isEqualTo(Accuracy.LOW);
        assertThat(d.closeGroups()).containsExactly(new java.util.TreeSet<>(Set.of("id", "ms")));
        assertThat(d.toString()).isEqualTo("LanguageOptions[models=all, accuracy=low, close_groups=id+ms, windows=8, shortlist=3]");
    }

    @Test
    void settingsAreReadFromAConfigSection() {
        var p = Params.of("language", Map.of("models", "EN, id,ms", "accuracy", "high", "close_groups", "bs+hr+sr,id+ms",
                "windows", 8, "shortlist", "0"));
        var o = LanguageOptions.fromParams(p);
        p.finish();
        assertThat(o.models()).containsExactly("en", "id", "ms");
        assertThat(o.accuracy()).isEqualTo(Accuracy.HIGH);
        assertThat(o.closeGroups()).hasSize(2);
        assertThat(o.windows()).isEqualTo(8);
        assertThat(o.shortlist()).isZero();
    }

    @Test
    void unknownLanguageCodeIsAnErrorNamingIt() {
        assertThatThrownBy(() -> LanguageOptions.fromParams(Params.of("language", Map.of("models", "id,xx"))))
                .hasMessageContaining("'xx'").hasMessageContaining("known are");
    }

    @Test
    void outOfRangeWindowsIsAnErrorNamingKeyAndRange() {
        assertThatThrownBy(() -> LanguageOptions.fromParams(Params.of("language", Map.of("windows", 0))))
                .hasMessageContaining("language.windows").hasMessageContaining("[1, 256]");
    }

    @Test
    void accuracyMustBeLowOrHigh() {
        assertThatThrownBy(() -> LanguageOptions.fromParams(Params.of("language", Map.of("accuracy", "medium"))))
                .hasMessageContaining("language.accuracy").hasMessageContaining("[high, low]");
    }

    @Test
    void shortlistOfOneIsRefused() {
        assertThatThrownBy(() -> LanguageOptions.defaults().withShortlist(1)).hasMessageContaining("shortlist");
    }

    @Test
    void closeGroupsCanBeTurnedOff() {
        var o = LanguageOptions.fromParams(Params.of("language", Map.of("close_groups", "none")));
        assertThat(o.closeGroups()).isEqualTo(List.of());
    }
}
