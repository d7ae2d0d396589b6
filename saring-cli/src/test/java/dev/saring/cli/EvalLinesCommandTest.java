package dev.saring.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EvalLinesCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var cl = new CommandLine(new EvalLinesCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    /** A labelled page: the article's lines keep, the list after it drop, with no .txt beside it. */
    static Path labelledPage(Path dir) throws Exception {
        Path set = Files.createDirectories(dir.resolve("pages"));
        String tsv = String.join("\n",
                "line\tlabel\trole\ttext",
                "1\tkeep\tbody\tPemerintah menaikkan harga bahan bakar minyak mulai pekan depan, kata menteri energi kepada wartawan.",
                "2\tkeep\theading\tPengemudi Ojek Mengeluh",
                "3\tkeep\tbody\tKenaikan itu disebut perlu untuk menjaga anggaran negara tetap sehat di tengah harga minyak dunia.",
                "4\tdrop\tlist-heading\tTerpopuler",
                "5\tdrop\tlist-item\t- Lima Mobil Bekas Murah untuk Keluarga Muda",
                "6\tdrop\tlist-item\t- Cara Mudah Mengurus Paspor Tanpa Antre",
                "7\tskip\tunscored\tOke") + "\n";
        Files.writeString(set.resolve("p1.labels.tsv"), tsv);
        return set;
    }

    @Test
    void printsOneRowPerCleaner(@TempDir Path dir) throws Exception {
        assertThat(run(labelledPage(dir).toString())).isZero();
        var lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("cleaner").contains("files", "lines", "drop P", "drop R", "drop F1", "keep R");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).matches("saring +1 +6 +1\\.0000 +1\\.0000 +1\\.0000 +1\\.0000");
        assertThat(lines.get(2)).startsWith("c4");
        assertThat(lines.get(3)).startsWith("refinedweb");
    }

    @Test
    void perFilePrintsARowPerFileAndCleaner(@TempDir Path dir) throws Exception {
        assertThat(run(labelledPage(dir).toString(), "--cleaner", "saring,c4", "--per-file")).isZero();
        assertThat(out.toString()).containsPattern("p1 +saring +6").containsPattern("p1 +c4 +6");
    }

    @Test
    void aScoreBelowItsFloorExitsWithThreeAndSaysWhich(@TempDir Path dir) throws Exception {
        Path floors = Files.writeString(dir.resolve("floors.properties"),
                "pages.keep_recall=1.0\npages.c4.keep_recall=0.99\nother.drop_f1=1.0\n");
        int rc = run(labelledPage(dir).toString(), "--floors", floors.toString());
        assertThat(rc).isEqualTo(ExitCodes.BELOW_FLOOR);
        assertThat(err.toString()).contains("pages.c4.keep_recall = 0.6667 is below its floor 0.9900")
                .doesNotContain("pages.keep_recall =").doesNotContain("other.");
    }

    @Test
    void floorsThatAreMetExitZero(@TempDir Path dir) throws Exception {
        Path floors = Files.writeString(dir.resolve("floors.properties"), "pages.keep_recall=1.0\npages.drop_f1=1.0\n");
        assertThat(run(labelledPage(dir).toString(), "--cleaner", "saring", "--floors", floors.toString())).isZero();
        assertThat(out.toString()).contains("2 checked for set 'pages', all met");
    }

    @Test
    void anUnknownMetricIsAUsageError(@TempDir Path dir) throws Exception {
        Path floors = Files.writeString(dir.resolve("floors.properties"), "pages.accuracy=0.5\n");
        assertThat(run(labelledPage(dir).toString(), "--floors", floors.toString())).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aFolderWithoutLabelsIsNoInput(@TempDir Path dir) {
        assertThat(run(dir.toString())).isEqualTo(ExitCodes.NO_INPUT);
    }
}
