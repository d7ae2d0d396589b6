package dev.saring.clean;

import dev.saring.eval.LineLabels;
import dev.saring.eval.LineScores;
import dev.saring.model.Document;
import dev.saring.model.Source;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The canonical page of the issue: nine paragraphs and a subheading, a related link, three headline lists. */
class SeedPageTest {

    private static final String CREDITS = " gtp/pkp (Reuters, AFP)";

    private static Document clean(LineCleaner c, Path seed) throws Exception {
        String text = Files.readString(seed.resolve("news-page-id.txt"));
        return c.apply(Document.ofText("seed", Source.atOffset("news-page-id.txt", 0, 0, 0), text)).document();
    }

    @Test
    void theArticleIsKeptLineForLineWithItsCreditsMovedToMeta() throws Exception {
        Path seed = SharedData.folder("corpora/seed");
        List<String> expected = Files.readAllLines(seed.resolve("news-page-id.clean.txt"));
        Document d = clean(LineCleaner.defaults().withCreditsToMeta(true), seed);
        var lines = d.text().lines().toList();
        assertThat(lines).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(lines.get(i) + (i == expected.size() - 1 ? CREDITS : "")).as("line " + (i + 1)).isEqualTo(expected.get(i));
        }
        assertThat(d.meta().get(LineCleaner.CREDITS_META)).contains(List.of(CREDITS.strip()));
    }

    @Test
    void withCreditsLeftInTheTextTheOutputEqualsTheExpectedFile() throws Exception {
        Path seed = SharedData.folder("corpora/seed");
        Document d = clean(LineCleaner.defaults().withCreditsToMeta(false), seed);
        assertThat(d.text().lines().toList()).isEqualTo(Files.readAllLines(seed.resolve("news-page-id.clean.txt")));
    }

    @Test
    void everyLabelledLineGetsTheRightDecision() throws Exception {
        Path seed = SharedData.folder("corpora/seed");
        var scores = LineScores.score("saring", LineCleaner.defaults(), List.of(LineLabels.read(seed.resolve("news-page-id.labels.tsv"))));
        assertThat(scores.total().dropF1()).isEqualTo(1.0);
        assertThat(scores.total().keepRecall()).isEqualTo(1.0);
    }

    @Test
    void everyLineHasTheRoleItIsLabelledWith() throws Exception {
        Path seed = SharedData.folder("corpora/seed");
        var labels = LineLabels.read(seed.resolve("news-page-id.labels.tsv"));
        Document d = clean(LineCleaner.defaults(), seed);
        for (var l : labels.labels()) {
            assertThat(d.blocks().get(l.line() - 1).role().label()).as("line " + l.line()).isEqualTo(l.role());
        }
    }
}
