package dev.saring.eval;

import dev.saring.clean.LineCleaners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Line labels derived from an extraction benchmark's gold text: a held-out check for the line cleaners. */
class DerivedLineLabelsTest {

    private static final String GOLD = "The council voted on Tuesday to close the old bridge for repairs. "
            + "Engineers found cracks in two of the steel supports last spring.";

    @Test
    void linesAreLabelledByTheShareOfTheirTrigramsInTheGoldText() {
        String page = String.join("\n", "  Home  ", "", "The council voted on Tuesday to close the old bridge for repairs.",
                "Engineers   found cracks in two of the steel supports last spring.",
                "Engineers found cracks, said the mayor, who wants a new bridge built by 2030.",
                "Most read stories of the week", "bridge", "Share");
        LineLabels p = LineLabels.derive(Path.of("dir", "p1"), page, GOLD);
        assertThat(p.name()).isEqualTo("p1");
        assertThat(p.input()).startsWith("Home\nThe council voted").contains("Engineers found cracks in two");
        assertThat(p.labels()).extracting(LineLabels.Labelled::label).containsExactly(
                LineLabels.Label.DROP,   // "Home": a short line whose words are not in the gold text
                LineLabels.Label.KEEP,
                LineLabels.Label.KEEP,   // runs of spaces do not matter
                LineLabels.Label.SKIP,   // its first trigram is in the gold text, the rest not
                LineLabels.Label.DROP,   // no trigram in the gold text
                LineLabels.Label.SKIP,   // a short line whose word is in the gold text
                LineLabels.Label.DROP);
    }

    @Test
    void aReadabilityTestPageFolderIsScoredAsLabelledLines(@TempDir Path dir) throws Exception {
        Path page = Files.createDirectories(dir.resolve("test-pages").resolve("bridge"));
        Files.writeString(page.resolve("source.html"), "<html><body><nav><a href=/>Home</a> <a href=/news>News</a></nav>"
                + "<article><p>The council voted on Tuesday to close the old bridge for repairs.</p>"
                + "<p>Engineers found cracks in two of the steel supports last spring.</p></article>"
                + "<footer><p>Copyright 2019 Example News. All rights reserved.</p></footer></body></html>");
        Files.writeString(page.resolve("expected.html"), "<div><p>The council voted on Tuesday to close the old bridge for repairs.</p>"
                + "<p>Engineers found cracks in two of the steel supports last spring.</p></div>");
        assertThat(BenchmarkLayout.detect(dir)).isEqualTo(BenchmarkLayout.READABILITY);

        List<LineLabels> pages = LineLabels.readAll(List.of(dir));
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).labels()).extracting(LineLabels.Labelled::label).containsExactly(
                LineLabels.Label.DROP, LineLabels.Label.KEEP, LineLabels.Label.KEEP, LineLabels.Label.DROP);   // "Home News": one line
        var scores = LineScores.score("c4", LineCleaners.named("c4"), pages).total();
        assertThat(scores.keepRecall()).isEqualTo(1.0);
        assertThat(scores.dropDropped() + scores.dropKept()).isEqualTo(2);
    }
}
