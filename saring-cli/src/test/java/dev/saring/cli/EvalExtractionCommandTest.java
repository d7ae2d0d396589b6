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

    /** A two-page benchmark in the WCXB layout: an article and a forum thread whose gold is something else. */
    private static Path wcxbFolder(Path tmp) throws IOException {
        Path html = Files.createDirectories(tmp.resolve("html"));
        Path gold = Files.createDirectories(tmp.resolve("ground-truth"));
        gzip(html.resolve("0001.html.gz"), ExtractCommandTest.PAGE);
        gzip(html.resolve("0002.html.gz"), ExtractCommandTest.PAGE);
        gzip(html.resolve("0003.html.gz"), ExtractCommandTest.PAGE);
        Files.writeString(gold.resolve("0001.json"), "{\"url\": \"https://daily.example/1\", \"_internal\": {\"page_type\": {\"primary\": \"article\"}},"
                + " \"ground_truth\": {\"main_content\": \"HEAVY rain fell all night, and by morning the river had burst its banks in three places.\\n\\n"
                + "Volunteers, firefighters and neighbours carried the old and the young to the school hall.\"}}");
        Files.writeString(gold.resolve("0002.json"), "{\"url\": \"https://forum.example/t/2\", \"_internal\": {\"page_type\": {\"primary\": \"forum\"}},"
                + " \"ground_truth\": {\"main_content\": \"Zebras quietly juggle xylophones underwater\"}}");
        // no main_content: not scored, as the benchmark's README does
        Files.writeString(gold.resolve("0003.json"), "{\"url\": \"https://forum.example/t/3\", \"_internal\": {\"page_type\": {\"primary\": \"forum\"}},"
                + " \"ground_truth\": {}}");
        return tmp;
    }

    @Test
    void theWcxbLayoutIsScoredPerPageTypeBesideThePublishedScores(@TempDir Path tmp) throws IOException {
        assertThat(run(wcxbFolder(tmp).toString(), "--threads", "1")).isZero();
        String text = out.toString();
        // mean of the per-page word-bag F1 (lower-cased words): 1.0 and 0.0
        assertThat(text).contains("(wcxb layout), 2 pages")
                .containsPattern("saring extract +0\\.500")
                .containsPattern("saring pipeline +0\\.500")
                .containsPattern("page type +pages +extract +pipeline +clean_text +rs-trafilatura")
                .containsPattern("article +1 +1\\.000 +1\\.000 +1\\.000 +0\\.932 +0\\.926 +0\\.825")
                .containsPattern("forum +1 +0\\.000 +0\\.000 +0\\.000 +0\\.808");
    }

    @Test
    void floorsOfAPageTypeAndOfThePipelineAreChecked(@TempDir Path tmp) throws IOException {
        Path dir = wcxbFolder(tmp.resolve("b"));
        Path floors = tmp.resolve("floors.properties");
        Files.writeString(floors, "wcxb.pipeline.f1=0.5\nwcxb.article.f1=0.99\nwcxb.forum.f1=0.5\n");
        assertThat(run(dir.toString(), "--floors", floors.toString())).isEqualTo(3);
        assertThat(out.toString()).contains("floor pipeline.f1", "floor article.f1");
        assertThat(err.toString()).contains("forum.f1 0.0000 is below its floor wcxb.forum.f1 = 0.5");
    }

    @Test
    void aFloorOfAnUnknownScoreIsAUsageError(@TempDir Path tmp) throws IOException {
        Path dir = wcxbFolder(tmp.resolve("b"));
        Path floors = tmp.resolve("floors.properties");
        Files.writeString(floors, "wcxb.recipe.f1=0.5\n");
        assertThat(run(dir.toString(), "--floors", floors.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("wcxb.recipe.f1 names no score");
    }

    @Test
    void theDanielLayoutIsScoredPerLanguageWithIdeographsAsWords(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("html"));
        Files.createDirectories(tmp.resolve("reference"));
        String zh = "<html><body><div><h1>\u6cb3\u6c34\u4e0a\u6da8</h1><p>\u6628\u591c\u5927\u96e8\uff0c\u6cb3\u6c34\u6f2b\u8fc7\u5824\u5cb8\uff0c"
                + "\u5fd7\u613f\u8005\u628a\u8001\u4eba\u548c\u5b69\u5b50\u9001\u5230\u5b66\u6821\u3002</p></div></body></html>";
        gzip(tmp.resolve("html").resolve("20120101_news.example.cn_aa.html.gz"), zh);
        Files.writeString(tmp.resolve("reference").resolve("20120101_news.example.cn_aa.txt"),
                "<p>\u6cb3\u6c34\u4e0a\u6da8</p>\n<p>\u6628\u591c\u5927\u96e8\uff0c\u6cb3\u6c34\u6f2b\u8fc7\u5824\u5cb8\uff0c\u5fd7\u613f\u8005\u628a\u8001\u4eba\u548c\u5b69\u5b50\u9001\u5230\u5b66\u6821\u3002</p>\n");
        Files.writeString(tmp.resolve("languages.json"), "{\"20120101_news.example.cn_aa\": \"Chinese\"}");
        assertThat(run(tmp.toString())).isZero();
        assertThat(out.toString()).contains("(daniel layout), 1 pages")
                .containsPattern("language +pages +extract")
                .containsPattern("Chinese +1 +1\\.000");
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
