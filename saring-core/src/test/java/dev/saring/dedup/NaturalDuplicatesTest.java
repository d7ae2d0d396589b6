package dev.saring.dedup;

import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.model.Source;
import dev.saring.pipeline.Pass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The same kompas.com articles scraped on two days: the second day's copies are duplicates of the first's. */
class NaturalDuplicatesTest {

    private static final String[] DAYS = {"kompas_scraped_02072025.csv", "kompas_scraped_03072025.csv"};
    private static final int TEXT_COLUMN = 1;

    @TempDir
    Path work;

    @Test
    void articlesRepeatedOnTheSecondDayAreFoundByNearAndByExactDedup() throws IOException {
        Path dir = Path.of(System.getProperty("saring.shared", "../shared"), "corpora/indonesian/scraped-news-csv");
        assumeTrue(Files.isDirectory(dir), "shared corpora not present: " + dir);
        var docs = new ArrayList<Document>();
        var firstWithText = new HashMap<String, String>();
        var expected = new TreeMap<String, String>();
        for (int day = 0; day < DAYS.length; day++) {
            List<List<String>> rows = dev.saring.testdata.Csv.parse(Files.readString(dir.resolve(DAYS[day]), StandardCharsets.UTF_8));
            for (int r = 1; r < rows.size(); r++) {
                String text = rows.get(r).get(TEXT_COLUMN);
                String id = DAYS[day] + "#" + r;
                docs.add(Document.ofText(id, Source.atLine(DAYS[day], day, r - 1, 0, r + 1), text));
                String earlier = firstWithText.putIfAbsent(text, id);
                if (earlier != null) expected.put(id, earlier);
            }
        }
        assertThat(expected).hasSize(25);
        for (Pass pass : new Pass[] {NearDedupPass.defaults(), ExactDedupPass.defaults()}) {
            List<Outcome> out = PassRunner.run(pass, docs, work, 2, 3, PassRunner.ROOMY);
            var dropped = new TreeMap<String, String>();
            for (Outcome o : out) {
                if (o instanceof Outcome.Dropped d) dropped.put(d.document().id(), d.document().meta().string("dup_of").orElseThrow());
            }
            assertThat(dropped).as(pass.toString()).isEqualTo(expected);
        }
    }
}
