package dev.saring.assembly;

import dev.saring.pipeline.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunConfigTest {

    @TempDir
    Path tmp;

    private RunConfig load(String text) throws Exception {
        return RunConfig.load(Files.writeString(tmp.resolve("c.properties"), text));
    }

    @Test
    void stepsSettingsAndPerLanguageSettingsAreRead() throws Exception {
        RunConfig c = load("""
                # a comment
                steps = extract, clean, gopher-quality, fineweb-quality
                gopher-quality.min_doc_words = 100
                fineweb-quality.id.line_punct_thr = 0.12
                """);
        assertThat(c.steps()).containsExactly("extract", "clean", "gopher-quality", "fineweb-quality");
        assertThat(c.settings()).containsEntry("gopher-quality", Map.of("min_doc_words", "100"))
                .containsEntry("fineweb-quality:id", Map.of("line_punct_thr", "0.12"));
        assertThat(c.pipeline().stages()).extracting(Stage::name)
                .containsExactly("extract", "clean", "gopher-quality", "fineweb-quality");
    }

    @Test
    void withoutStepsTheDefaultPipelineRuns() throws Exception {
        assertThat(load("dedup-near.bands = 20\n").steps()).isEqualTo(Stages.defaultNames());
    }

    @Test
    void aMisspelledSettingNamesTheKeyAndTheKnownOnes() throws Exception {
        RunConfig c = load("steps = dedup-near\ndedup-near.bandz = 20\n");
        assertThatThrownBy(c::pipeline).hasMessageContaining("dedup-near.bandz").hasMessageContaining("bands");
    }

    @Test
    void aValueOutOfRangeNamesTheKeyAndTheRange() throws Exception {
        RunConfig c = load("steps = dedup-near\ndedup-near.bands = -3\n");
        assertThatThrownBy(c::pipeline).hasMessageContaining("dedup-near.bands = -3").hasMessageContaining("allowed");
    }

    @Test
    void settingsForAStageOutsideThePipelineAreAnError() throws Exception {
        RunConfig c = load("steps = extract\nclean.article_region = false\n");
        assertThatThrownBy(c::pipeline).hasMessageContaining("'clean'").hasMessageContaining("not in the pipeline");
    }

    @Test
    void aKeyWithoutASettingIsAnError() {
        assertThatThrownBy(() -> load("clean = yes\n")).hasMessageContaining("'clean'").hasMessageContaining("<stage>.<setting>");
    }

    @Test
    void commandLineSettingsWinOverTheFile() throws Exception {
        RunConfig c = load("language.keep = en\n").with("language", "keep", "id,ms");
        assertThat(c.settings().get("language")).isEqualTo(Map.of("keep", "id,ms"));
        assertThat(List.copyOf(c.steps())).isEqualTo(Stages.defaultNames());
    }
}
