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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LangCommandTest {

    static final String INDONESIAN = "Pemerintah kota akan memperbaiki jalan yang rusak di beberapa kecamatan mulai bulan depan, "
            + "karena banyak kendaraan yang mengalami kerusakan akibat lubang di jalan.";
    static final String ENGLISH = "The city council will repair the damaged roads in several districts starting next month.";
    /** A few models keep the tests quick. */
    static final String MODELS = "--languages=id,ms,en,de,fr";

    private record Run(int exit, String out, String err) {
    }

    private static Run run(LangCommand command, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aTextGetsItsLanguageScoreAndRunnerUpAsATable() {
        var r = run(new LangCommand(), MODELS, INDONESIAN);
        assertThat(r.exit()).isZero();
        var lines = r.out().lines().toList();
        assertThat(lines.get(0)).matches("language\\s+score\\s+runner-up\\s+runner-up score");
        assertThat(lines.get(1)).matches("id\\s+\\d\\.\\d{3}\\s+ms\\s+\\d\\.\\d{3}");
    }

    @Test
    void dashReadsStandardInput() {
        var cmd = new LangCommand();
        cmd.stdin = new ByteArrayInputStream(ENGLISH.getBytes(StandardCharsets.UTF_8));
        var r = run(cmd, MODELS, "-");
        assertThat(r.out().lines().skip(1).findFirst().orElseThrow()).startsWith("en ");
    }

    @Test
    void jsonlGivesOneTabSeparatedLinePerDocumentInInputOrder(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("docs.jsonl");
        var lines = new java.util.ArrayList<String>();
        for (int i = 0; i < 40; i++) {
            String text = i % 2 == 0 ? INDONESIAN : ENGLISH;
            lines.add("{\"doc\": \"d" + i + "\", \"body\": \"" + text + "\"}");
        }
        Files.write(f, lines);
        var r = run(new LangCommand(), MODELS, "--jsonl", f.toString(), "--text-field", "body", "--id-field", "doc", "--threads", "3");
        assertThat(r.exit()).isZero();
        List<String> out = r.out().lines().toList();
        assertThat(out).hasSize(40);
        for (int i = 0; i < 40; i++) {
            String[] cols = out.get(i).split("\t");
            assertThat(cols).hasSize(4);
            assertThat(cols[0]).isEqualTo("d" + i);
            assertThat(cols[1]).isEqualTo(i % 2 == 0 ? "id" : "en");
            assertThat(cols[2]).matches("\\d\\.\\d{3}");
        }
    }

    @Test
    void badLinesAreReportedWithTheirNumberAndSkipped(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("docs.jsonl");
        Files.write(f, List.of("{\"text\": \"" + ENGLISH + "\"}", "{not json", "{\"id\": \"x\"}", ""));
        var r = run(new LangCommand(), MODELS, "--jsonl", f.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().toList()).singleElement().satisfies(l -> assertThat(l).startsWith("1\ten\t"));
        assertThat(r.err()).contains("docs.jsonl:2: not JSON", "docs.jsonl:3: no field 'text'", "2 line(s) skipped");
    }

    @Test
    void unreadableFileExitsWithTwo(@TempDir Path dir) {
        var r = run(new LangCommand(), "--jsonl", dir.resolve("missing.jsonl").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("cannot read");
    }

    @Test
    void unknownLanguageCodeIsAUsageError() {
        var r = run(new LangCommand(), "--languages=id,xx", "halo");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("'xx'");
    }
}
