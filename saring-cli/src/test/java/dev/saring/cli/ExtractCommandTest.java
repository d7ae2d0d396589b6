package dev.saring.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

    static final String PAGE = "<html lang='en'><head><title>Rain floods the town - Daily</title></head><body>"
            + "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Rain floods the town</h1>"
            + "<p>Heavy rain fell all night, and by morning the river had burst its banks in three places.</p>"
            + "<p>Volunteers, firefighters and neighbours carried the old and the young to the school hall.</p>"
            + "<div class='share'><a href='#'>Share on Facebook</a></div></article>"
            + "<footer>Copyright Daily, all rights reserved.</footer></body></html>";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(ExtractCommand cmd, String... args) {
        var cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private int run(String... args) {
        return run(new ExtractCommand(), args);
    }

    @Test
    void onePagePrintsItsText() throws IOException {
        Path f = Files.createTempFile("page", ".html");
        Files.writeString(f, PAGE);
        assertThat(run(f.toString())).isZero();
        assertThat(out.toString()).isEqualTo("Heavy rain fell all night, and by morning the river had burst its banks in three places.\n"
                + "Volunteers, firefighters and neighbours carried the old and the young to the school hall.\n");
        Files.delete(f);
    }

    @Test
    void standardInputIsReadForADash() {
        var cmd = new ExtractCommand();
        cmd.stdin = new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8));
        assertThat(run(cmd, "-", "--url", "https://daily.example/rain")).isZero();
        assertThat(out.toString()).startsWith("Heavy rain fell");
    }

    @Test
    void jsonHasTheFieldsAndTheBlocksWithDecisions() {
        var cmd = new ExtractCommand();
        cmd.stdin = new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8));
        assertThat(run(cmd, "--json", "--url", "https://daily.example/rain")).isZero();
        assertThat(out.toString())
                .contains("\"url\":\"https://daily.example/rain\"", "\"title\":\"Rain floods the town\"",
                        "\"lang_hint\":\"en\"", "\"date\":null", "\"text\":\"Heavy rain fell",
                        "{\"role\":\"title\",\"text\":\"Rain floods the town\",\"kept\":false,\"reason\":\"title\"}",
                        "{\"role\":\"share\",\"text\":\"Share on Facebook\",\"kept\":false,\"reason\":\"share\"}",
                        "\"kept\":true,\"reason\":null");
    }

    @Test
    void aFolderOfPagesIsWrittenOnePageAFileNamedAfterTheInput(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.html"), PAGE);
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(in.resolve("b.html.gz")))) {
            o.write(PAGE.replace("Heavy rain", "Light rain").getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(in.resolve("notes.txt"), "not a page");
        Path outDir = tmp.resolve("out");
        assertThat(run(in.toString(), "-o", outDir.toString(), "--threads", "2")).isZero();
        assertThat(Files.readString(outDir.resolve("a.txt"))).startsWith("Heavy rain fell");
        assertThat(Files.readString(outDir.resolve("b.txt"))).startsWith("Light rain fell");
        assertThat(outDir.resolve("notes.txt")).doesNotExist();
        assertThat(out.toString()).contains("2 pages written");
    }

    @Test
    void jsonOutputFilesEndInDotJson(@TempDir Path tmp) throws IOException {
        Path page = tmp.resolve("p.htm");
        Files.writeString(page, PAGE);
        assertThat(run(page.toString(), "-o", tmp.resolve("out").toString(), "--json")).isZero();
        assertThat(Files.readString(tmp.resolve("out").resolve("p.json"))).startsWith("{\"url\":null,\"title\":\"Rain floods the town\"");
    }

    @Test
    void aPageWithoutContentSaysWhyOnStandardError() {
        var cmd = new ExtractCommand();
        cmd.stdin = new ByteArrayInputStream("<html><body><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(run(cmd)).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("no content (empty)");
    }

    @Test
    void severalPagesWithoutAnOutputFolderIsAUsageError(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("a.html"), PAGE);
        Files.writeString(tmp.resolve("b.html"), PAGE);
        assertThat(run(tmp.resolve("a.html").toString(), tmp.resolve("b.html").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("need -o");
    }

    @Test
    void aMissingFileIsNoInput() {
        assertThat(run("no-such-page.html")).isEqualTo(2);
        assertThat(err.toString()).contains("no such file");
    }

    @Test
    void gzippedPagesAreRecognisedByTheirBytes() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(bytes)) {
            o.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        var cmd = new ExtractCommand();
        cmd.stdin = new ByteArrayInputStream(bytes.toByteArray());
        assertThat(run(cmd)).isZero();
        assertThat(out.toString()).startsWith("Heavy rain fell");
    }
}
