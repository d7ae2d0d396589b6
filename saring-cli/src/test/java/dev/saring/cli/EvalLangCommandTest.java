package dev.saring.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvalLangCommandTest {

    private static String run(String... args) {
        var out = new StringWriter();
        var cl = new CommandLine(new EvalLangCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        int exit = cl.execute(args);
        assertThat(exit).as(out.toString()).isZero();
        return out.toString();
    }

    private static Path samples(Path root) throws Exception {
        Path dir = Files.createDirectories(root.resolve("sentences"));
        Files.write(dir.resolve("id.txt"), List.of(LangCommandTest.INDONESIAN, "Saya suka makan nasi goreng dengan telur setiap pagi."));
        Files.write(dir.resolve("en.txt"), List.of(LangCommandTest.ENGLISH, "", "I like to eat fried rice with an egg every morning."));
        Files.writeString(dir.resolve("README.md"), "not samples");
        return dir;
    }

    @Test
    void accuracyPerLanguageAndOverallWithSpeed(@TempDir Path root) throws Exception {
        String out = run(samples(root).toString(), LangCommandTest.MODELS);
        var lines = out.lines().toList();
        assertThat(lines.get(0)).matches("lang\\s+samples\\s+accuracy\\s+taken for");
        assertThat(lines.get(1)).matches("en\\s+2\\s+100\\.0%");
        assertThat(lines.get(2)).matches("id\\s+2\\s+100\\.0%");
        assertThat(lines.get(3)).matches("all\\s+4\\s+100\\.0%");
        assertThat(lines.get(4)).matches("4 samples in \\d+\\.\\d s: \\d+ samples/s on \\d+ threads \\(LanguageOptions\\[.*]\\)");
    }

    @Test
    void publishedFiguresSitBesideOurs(@TempDir Path root) throws Exception {
        Path dir = samples(root);
        Path reports = Files.createDirectories(root.resolve("accuracy-reports"));
        Files.write(reports.resolve("aggregated-accuracy-values.csv"), List.of(
                "language,sentences-lingua-low,sentences-lingua-high",
                "English,96.3,99.1",
                "Indonesian,71.9,80.8"));
        String out = run(dir.toString(), LangCommandTest.MODELS, "--compare-published", "--limit", "1");
        var lines = out.lines().toList();
        assertThat(lines.get(0)).matches("lang\\s+samples\\s+accuracy\\s+lingua high\\s+diff\\s+lingua low\\s+taken for");
        assertThat(lines.get(1)).matches("en\\s+1\\s+100\\.0%\\s+99\\.1%\\s+\\+0\\.9\\s+96\\.3%");
        assertThat(lines.get(2)).matches("id\\s+1\\s+100\\.0%\\s+80\\.8%\\s+\\+19\\.2\\s+71\\.9%");
        assertThat(lines.get(3)).matches("all\\s+2\\s+100\\.0%");
        assertThat(lines.get(4)).matches("mean\\s+2 langs\\s+100\\.0%\\s+(89\\.9|90\\.0)%\\s+\\+10\\.1");
    }

    @Test
    void aMissingFolderExitsWithTwo(@TempDir Path root) {
        var cl = new CommandLine(new EvalLangCommand());
        cl.setErr(new PrintWriter(new StringWriter()));
        assertThat(cl.execute(root.resolve("nope").toString())).isEqualTo(2);
    }
}
