package dev.saring.io;

import dev.saring.model.Document;
import dev.saring.model.RawContent;
import dev.saring.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import static dev.saring.io.WarcFixture.concat;
import static dev.saring.io.WarcFixture.gzip;
import static dev.saring.io.WarcFixture.utf8;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WholeFileReaderTest {

    @TempDir
    Path dir;

    private static final String PAGE = "<html><body><p>Halo dunia.</p></body></html>";

    @Test
    void anHtmlFileIsOneRawDocumentNamedAfterTheFile() {
        var r = ReadAll.of(ReadAll.write(dir, "page.html", utf8(PAGE)));

        assertThat(r.errors()).isEmpty();
        Document d = r.docs().get(0);
        assertThat(d.id()).isEqualTo("page.html");
        assertThat(d.source()).isEqualTo(Source.atOffset("page.html", 0, 0, 0));
        assertThat(d.raw()).get().extracting(RawContent::mediaType, RawContent::charset).containsExactly("text/html", null);
        assertThat(d.raw().get().bytes()).isEqualTo(utf8(PAGE));
        assertThat(d.url()).isEmpty();
    }

    @Test
    void aGzippedHtmlFileIsDecompressed() {
        var r = ReadAll.of(ReadAll.write(dir, "page.htm.gz", gzip(utf8(PAGE))));

        assertThat(r.docs().get(0).raw().get().bytes()).isEqualTo(utf8(PAGE));
    }

    @Test
    void aTextFileIsOneTextDocument() {
        var r = ReadAll.of(ReadAll.write(dir, "note.txt", utf8("\ufeffBaris satu.\nBaris dua.\n")));

        assertThat(r.errors()).isEmpty();
        assertThat(r.docs()).extracting(Document::id, Document::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("note.txt", "Baris satu.\nBaris dua.\n"));
    }

    @Test
    void invalidUtf8InATextFileIsReplacedReportedAndKept() {
        var r = ReadAll.of(ReadAll.write(dir, "note.txt", concat(utf8("caf"), new byte[]{(byte) 0xe9}, utf8(" ok"))));

        assertThat(r.docs()).extracting(Document::text).containsExactly("caf\ufffd ok");
        assertThat(r.kinds()).containsExactly("invalid-utf8");
    }

    @Test
    void filesLargerThanTheBoundAreReportedTooLarge() {
        Path html = ReadAll.write(dir, "big.html", utf8("<p>" + "x".repeat(200) + "</p>"));
        Path text = ReadAll.write(dir, "big.txt.gz", gzip(utf8("y".repeat(200))));
        var opts = ReaderOptions.DEFAULTS.withMaxDocBytes(100);

        assertThat(ReadAll.of(html, InputFormat.AUTO, opts).kinds()).containsExactly("too-large");
        assertThat(ReadAll.of(html, InputFormat.AUTO, opts).docs()).isEmpty();
        assertThat(ReadAll.of(text, InputFormat.AUTO, opts).kinds()).containsExactly("too-large");
    }

    @Test
    void aFileOfExactlyTheBoundIsRead() {
        Path text = ReadAll.write(dir, "exact.txt", utf8("z".repeat(100)));

        assertThat(ReadAll.of(text, InputFormat.AUTO, ReaderOptions.DEFAULTS.withMaxDocBytes(100)).docs()).hasSize(1);
    }

    @Test
    void aCutGzipKeepsTheTextBeforeTheCutAndReportsIt() {
        byte[] g = gzip(utf8("Kalimat pertama. ".repeat(200)));
        var r = ReadAll.of(ReadAll.write(dir, "cut.txt.gz", Arrays.copyOf(g, g.length - 10)));

        assertThat(r.kinds()).containsExactly("truncated");
        assertThat(r.docs()).hasSize(1);
        assertThat(r.docs().get(0).text()).startsWith("Kalimat pertama.");
    }
}
