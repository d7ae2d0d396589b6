package dev.saring.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CleanCommandTest {

    /** An article of three paragraphs, a related link inside it, a headline list after it. */
    static final String PAGE = String.join("\n",
            "Pemerintah menaikkan harga bahan bakar minyak mulai pekan depan, kata menteri energi kepada wartawan di Jakarta.",
            "Kenaikan itu disebut perlu untuk menjaga anggaran negara tetap sehat di tengah harga minyak dunia yang terus naik.",
            "Baca juga: Harga Cabai Naik Lagi Jelang Lebaran",
            "Para pengemudi ojek daring mengatakan kenaikan harga akan memukul pendapatan mereka yang sudah turun sejak awal tahun.",
            "Terpopuler",
            "- Lima Mobil Bekas Murah untuk Keluarga Muda",
            "- Cara Mudah Mengurus Paspor Tanpa Antre",
            "- Jadwal Lengkap Liga Inggris Pekan Ini") + "\n";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(CleanCommand cmd, String... args) {
        var cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void printsTheArticleWithoutItsFurniture(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.txt");
        Files.writeString(page, PAGE);
        assertThat(run(new CleanCommand(), page.toString())).isZero();
        assertThat(out.toString()).startsWith("Pemerintah menaikkan")
                .contains("Para pengemudi ojek")
                .doesNotContain("Baca juga").doesNotContain("Terpopuler").doesNotContain("Paspor");
        assertThat(out.toString().lines()).hasSize(3);
    }

    @Test
    void explainPrintsEveryLineWithRoleDecisionAndReasonWithoutColourOffATerminal(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.txt");
        Files.writeString(page, PAGE);
        assertThat(run(new CleanCommand(), page.toString(), "--explain")).isZero();
        var lines = out.toString().lines().toList();
        assertThat(lines).hasSize(8);
        assertThat(lines.get(0)).matches("1  keep  body +Pemerintah menaikkan.*");
        assertThat(lines.get(2)).contains("drop", "related-link", "phrase:related", "Baca juga: Harga Cabai");
        assertThat(lines.get(4)).contains("drop", "list-heading", "headline-list", "Terpopuler");
        assertThat(out.toString()).doesNotContain("\u001B[");
    }

    @Test
    void noColorTurnsColoursOff() {
        var cmd = new CleanCommand();
        new CommandLine(cmd).parseArgs("--explain", "--no-color");
        assertThat(cmd.colour()).isFalse();
    }

    @Test
    void readsStandardInputForDash() {
        var cmd = new CleanCommand();
        cmd.stdin = new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8));
        assertThat(run(cmd, "-")).isZero();
        assertThat(out.toString()).contains("Kenaikan itu disebut").doesNotContain("Terpopuler");
    }

    @Test
    void cleansAFolderIntoTheSameRelativePaths(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("a/b"));
        Files.writeString(in.resolve("a/b/one.txt"), PAGE);
        Files.writeString(in.resolve("two.txt"), PAGE);
        Files.writeString(in.resolve("notes.md"), "not text to clean");
        Path outDir = dir.resolve("out");
        assertThat(run(new CleanCommand(), in.toString(), "-o", outDir.toString(), "--threads", "2")).isZero();
        assertThat(outDir.resolve("a/b/one.txt")).exists();
        assertThat(outDir.resolve("notes.md")).doesNotExist();
        assertThat(Files.readString(outDir.resolve("two.txt"))).startsWith("Pemerintah").doesNotContain("Terpopuler");
        assertThat(err.toString()).contains("cleaned 2 files");
    }

    @Test
    void severalInputsNeedAnOutputFolder(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), PAGE);
        Path b = Files.writeString(dir.resolve("b.txt"), PAGE);
        assertThat(run(new CleanCommand(), a.toString(), b.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("need -o DIR");
    }

    @Test
    void aMissingFileIsNoInput(@TempDir Path dir) {
        assertThat(run(new CleanCommand(), dir.resolve("missing.txt").toString())).isEqualTo(ExitCodes.NO_INPUT);
    }

    @Test
    void theReferenceCleanersCanBeChosenByName(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("page.txt"), PAGE);
        assertThat(run(new CleanCommand(), page.toString(), "--cleaner", "c4")).isZero();
        // C4 keeps lines that end in punctuation: the related link and the list go, and so does nothing else here
        assertThat(out.toString().lines()).hasSize(3);
        assertThat(run(new CleanCommand(), page.toString(), "--cleaner", "nope")).isEqualTo(ExitCodes.USAGE);
    }
}
