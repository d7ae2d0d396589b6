package dev.saring.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EvalExtractionCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var cl = new CommandLine(new EvalExtractionCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    /** A two-page benchmark in the Zyte layout. */
    private static Path zyteFolder(Path tmp) throws IOException {
        Path html = Files.createDirectories(tmp.resolve("html"));
        gzip(html.resolve("p1.html.gz"), ExtractCommandTest.PAGE);
        gzip(html.resolve("p2.html.gz"), ExtractCommandTest.PAGE.replace("Heavy rain", "Light rain"));
        Files.writeString(tmp.resolve("ground-truth.json"), "{"
                + "\"p1\": {\"url\": \"https://daily.example/1\", \"articleBody\": \"Heavy rain fell all night, and by morning the river had burst its banks in three places.\\n\\nVolunteers, firefighters and neighbours carried the old and the young to the school hall.\"},"
                + "\"p2\": {\"url\": \"https://daily.example/2\", \"articleBody\": \"Something else entirely was the article of this page, said the annotator.\"}}");
        return tmp;
    }

    private static void gzip(Path p, String s) throws IOException {
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(p))) {
            o.write(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void printsScoresWithTheFullPageBaseline(@TempDir Path tmp) throws IOException {
        assertThat(run(zyteFolder(tmp).toString(), "--threads", "2")).isZero();
        assertThat(out.toString()).contains("(zyte layout), 2 pages")
                .containsPattern("saring extract +0\\.500 +0\\.500 +0\\.500 +0\\.500 +[0-9.]+")
                .contains("full page text");
    }

    @Test
    void aScoreBelowItsFloorExitsWithThree(@TempDir Path tmp) throws IOException {
        Path dir = zyteFolder(tmp.resolve("b"));
        Path floors = tmp.resolve("floors.properties");
        Files.writeString(floors, "zyte.f1=0.9\n");
        assertThat(run(dir.toString(), "--floors", floors.toString(), "--floor-key", "zyte")).isEqualTo(3);
        assertThat(err.toString()).contains("f1 0.5000 is below its floor zyte.f1 = 0.9");
    }

    @Test
    void scoresAtOrAboveTheirFloorsPass(@TempDir Path tmp) throws IOException {
        Path dir = zyteFolder(tmp.resolve("b"));
        Path floors = tmp.resolve("floors.properties");
        Files.writeString(floors, "zyte.f1=0.5\nzyte.recall=0.4\n");
        assertThat(run(dir.toString(), "--floors", floors.toString())).isZero();
        assertThat(out.toString()).contains("floor f1", "floor recall");
    }

    @Test
    void aFloorsFileWithoutTheKeyIsAUsageError(@TempDir Path tmp) throws IOException {
        Path dir = zyteFolder(tmp.resolve("b"));
        Path floors = tmp.resolve("floors.properties");
        Files.writeString(floors, "other.f1=0.5\n");
        assertThat(run(dir.toString(), "--floors", floors.toString(), "--floor-key", "zyte")).isEqualTo(1);
    }

    @Test
    void aFolderThatIsNoBenchmarkIsAUsageError(@TempDir Path tmp) {
        assertThat(run(tmp.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("not a benchmark folder");
    }

    @Test
    void theCleanEvalLayoutIsReadWithItsHeadlineScored(@TempDir Path tmp) throws IOException {
        Path split = tmp.resolve("dev");
        Files.createDirectories(split.resolve("input"));
        Files.createDirectories(split.resolve("GoldStandard"));
        Files.writeString(split.resolve("input").resolve("1.html"), ExtractCommandTest.PAGE);
        Files.writeString(split.resolve("GoldStandard").resolve("1.txt"), "URL: https://daily.example/1\n\n"
                + "<h>Rain floods the town\n\n<p>Heavy rain fell all night, and by morning the river had burst its banks in three places.\n\n"
                + "<p>Volunteers, firefighters and neighbours carried the old and the young to the school hall.\n");
        assertThat(run(tmp.toString(), "--layout", "auto")).isZero();
        assertThat(out.toString()).contains("(cleaneval layout), 1 pages").containsPattern("saring extract +1\\.000 +1\\.000 +1\\.000 +1\\.000");
    }

    @Test
    void theZyteBenchmarkScoresAboveTheTarget() {
        Path dir = Path.of(System.getProperty("saring.shared", "../shared"), "benchmarks", "extraction", "zyte-article-extraction-benchmark");
        assumeTrue(Files.isDirectory(dir), "skipped: no Zyte benchmark under ../shared");
        assertThat(run(dir.toString(), "--no-baseline")).isZero();
        String line = out.toString().lines().filter(l -> l.startsWith("saring extract")).findFirst().orElseThrow();
        double f1 = Double.parseDouble(line.split("\\s+")[2]);
        assertThat(f1).isGreaterThanOrEqualTo(0.97);
    }
}
