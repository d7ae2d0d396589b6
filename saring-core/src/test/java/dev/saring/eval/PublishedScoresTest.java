package dev.saring.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The scorer reproduces the numbers the Zyte benchmark publishes for other extractors' outputs. */
class PublishedScoresTest {

    private static final double ROUNDING = 0.0005;

    private static Path zyte() {
        String shared = System.getProperty("saring.shared", "../shared");
        Path dir = Path.of(shared, "benchmarks", "extraction", "zyte-article-extraction-benchmark");
        assumeTrue(Files.isDirectory(dir), "skipped: no Zyte benchmark under " + shared);
        return dir;
    }

    @ParameterizedTest(name = "{0} scores F1 {1}, precision {2}, recall {3}, accuracy {4}")
    @CsvSource({
            "trafilatura,    0.958, 0.938, 0.978, 0.293",
            "readability_js, 0.947, 0.914, 0.982, 0.166",
            "html-text,      0.665, 0.500, 0.994, 0.000",
            "goose3,         0.896, 0.940, 0.856, 0.232",
    })
    void publishedOutputsScoreAsPublished(String name, double f1, double precision, double recall, double accuracy)
            throws IOException {
        Path dir = zyte();
        ExtractionBenchmark bench = ExtractionBenchmark.read(dir, BenchmarkLayout.ZYTE);
        JsonNode predictions = readPredictions(dir.resolve("output-sample").resolve(name + ".json.gz"));
        var scorer = ExtractionScorer.zyte();
        var matches = new ArrayList<ShingleMatch>();
        for (BenchmarkPage p : bench.pages()) {
            matches.add(scorer.match(p.gold(), predictions.path(p.id()).path("articleBody").asText("")));
        }
        ExtractionScores s = ExtractionScores.of(matches);
        assertThat(s.pages()).isEqualTo(181);
        assertThat(s.f1()).isCloseTo(f1, within(ROUNDING));
        assertThat(s.precision()).isCloseTo(precision, within(ROUNDING));
        assertThat(s.recall()).isCloseTo(recall, within(ROUNDING));
        assertThat(s.accuracy()).isCloseTo(accuracy, within(ROUNDING));
    }

    @Test
    void theZyteFolderIsDetectedAsZyte() {
        assertThat(BenchmarkLayout.detect(zyte())).isEqualTo(BenchmarkLayout.ZYTE);
    }

    private static JsonNode readPredictions(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            JsonNode root = new ObjectMapper().readTree(in);
            return root.has("output") ? root.get("output") : root;
        }
    }
}
