package dev.saring.eval;

import dev.saring.clean.C4LineFilter;
import dev.saring.model.Outcome;
import dev.saring.pipeline.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LineScoresTest {

    private static final String TSV = String.join("\n",
            "line\tlabel\trole\ttext",
            "1\tkeep\tbody\tThe bridge will close for two years.",
            "2\tdrop\tnavigation\tHome",
            "3\tkeep\theading\tWhat happens next",
            "4\tskip\tunscored\tMaybe",
            "5\tdrop\tshare\tShare this article") + "\n";

    private static Path page(Path dir) throws Exception {
        return Files.writeString(dir.resolve("p.labels.tsv"), TSV);
    }

    @Test
    void labelsAreReadAndTheTextRebuiltWhenNoTextFileIsBeside(@TempDir Path dir) throws Exception {
        LineLabels p = LineLabels.read(page(dir));
        assertThat(p.name()).isEqualTo("p");
        assertThat(p.labels()).hasSize(5);
        assertThat(p.labels().get(1).label()).isEqualTo(LineLabels.Label.DROP);
        assertThat(p.input()).isEqualTo("The bridge will close for two years.\nHome\nWhat happens next\nMaybe\nShare this article");
    }

    @Test
    void theTextFileBesideTheLabelsIsTheInput(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("p.txt"), "a\nb\nc\nd\ne\n");
        assertThat(LineLabels.read(page(dir)).input()).isEqualTo("a\nb\nc\nd\ne\n");
        assertThat(LineLabels.find(List.of(dir.resolve("p.txt")))).containsExactly(dir.resolve("p.labels.tsv"));
    }

    @Test
    void aFileWithoutTheHeaderIsRejected(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("b.labels.tsv"), "1\tkeep\tbody\tx\n");
        assertThatThrownBy(() -> LineLabels.read(bad)).hasMessageContaining("expected header");
    }

    @Test
    void dropIsThePositiveClassAndSkipIsNotScored(@TempDir Path dir) throws Exception {
        // C4 keeps line 1 only: drops "Home" and "Share this article" (right), drops the heading (wrong)
        LineScores s = LineScores.score("c4", C4LineFilter.defaults(), List.of(LineLabels.read(page(dir))));
        var c = s.total();
        assertThat(c).isEqualTo(new LineScores.Counts(2, 1, 0, 1));
        assertThat(c.scored()).isEqualTo(4);
        assertThat(c.dropPrecision()).isEqualTo(2.0 / 3);
        assertThat(c.dropRecall()).isEqualTo(1.0);
        assertThat(c.dropF1()).isEqualTo(0.8);
        assertThat(c.keepRecall()).isEqualTo(0.5);
        assertThat(s.pages()).singleElement().extracting(LineScores.PageScores::page).isEqualTo("p");
    }

    @Test
    void aStepThatOnlyRewritesTextIsScoredByTheLinesThatSurvive(@TempDir Path dir) throws Exception {
        Step keepFirst = Step.of("first", d -> Outcome.keep(d.withText(d.text().lines().findFirst().orElse(""))));
        var c = LineScores.score("first", keepFirst, List.of(LineLabels.read(page(dir)))).total();
        assertThat(c).isEqualTo(new LineScores.Counts(2, 1, 0, 1));
    }

    @Test
    void aStepThatDropsTheDocumentDropsEveryLine(@TempDir Path dir) throws Exception {
        Step none = Step.of("none", d -> Outcome.drop(d, "none", "all"));
        var c = LineScores.score("none", none, List.of(LineLabels.read(page(dir)))).total();
        assertThat(c).isEqualTo(new LineScores.Counts(2, 2, 0, 0));
        assertThat(c.keepRecall()).isZero();
    }

    @Test
    void emptyCountsScorePerfectly() {
        assertThat(LineScores.Counts.ZERO.dropF1()).isEqualTo(1.0);
        assertThat(LineScores.Counts.ZERO.keepRecall()).isEqualTo(1.0);
    }

    @Test
    void aStepWithTheWrongNumberOfBlocksIsAnError(@TempDir Path dir) throws Exception {
        Step oneBlock = Step.of("one", d -> Outcome.keep(d.withBlocks(List.of(dev.saring.model.Block.kept(dev.saring.model.Role.BODY, "x")))));
        assertThatThrownBy(() -> LineScores.score("one", oneBlock, List.of(LineLabels.read(page(dir)))))
                .hasMessageContaining("one block per line");
    }

}
