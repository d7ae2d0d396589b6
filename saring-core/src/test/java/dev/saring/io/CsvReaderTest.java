package dev.saring.io;

import com.github.luben.zstd.Zstd;
import dev.saring.model.Document;
import dev.saring.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dev.saring.io.WarcFixture.concat;
import static dev.saring.io.WarcFixture.gzip;
import static dev.saring.io.WarcFixture.utf8;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CsvReaderTest {

    private static final ReaderOptions NEWS = ReaderOptions.DEFAULTS.withFields("FullText", "id", "Url");

    @TempDir
    Path dir;

    private ReadAll read(String name, byte[] bytes, ReaderOptions options) {
        return ReadAll.of(ReadAll.write(dir, name, bytes), InputFormat.AUTO, options);
    }

    private ReadAll read(String name, String content) {
        return read(name, utf8(content), ReaderOptions.DEFAULTS);
    }

    private static byte[] fixture(String name) {
        try (InputStream in = CsvReaderTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void eachRowOfACsvWithAByteOrderMarkAndCrlfLinesBecomesADocument() {
        var r = read("news.csv", fixture("news.csv"), NEWS);

        assertThat(r.ids()).containsExactly("k1", "k2", "news.csv:7");
        Document k1 = r.docs().get(0);
        assertThat(k1.text()).isEqualTo("Harga cabai rawit di Pasar Minggu naik lagi pekan ini, kata pedagang.");
        assertThat(k1.url()).contains("https://news.example/1");
        assertThat(k1.meta().asMap()).isEqualTo(Map.of("Title", "Harga Cabai Naik"));
        assertThat(r.docs().get(2).url()).isEmpty();
    }

    @Test
    void aQuotedFieldKeepsItsSeparatorsDoubledQuotesAndLineBreaksWithoutCarriageReturns() {
        Document k2 = read("news.csv", fixture("news.csv"), NEWS).docs().get(1);

        assertThat(k2.text()).isEqualTo("Hujan deras sejak pagi membuat sungai meluap.\n\n\"Air masuk rumah sampai lutut,\" kata Ani, warga setempat.");
        assertThat(k2.meta().get("Title")).contains("Banjir, Lagi");
    }

    @Test
    void sourcesGiveTheFirstLineAndByteOffsetOfEachRow() {
        byte[] csv = fixture("news.csv");
        var r = read("news.csv", csv, NEWS);

        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        long k2 = utf8(text.substring(0, text.indexOf("k2,"))).length;
        assertThat(r.docs().get(1).source()).isEqualTo(Source.atLine("news.csv", 0, 1, k2, 3));
        assertThat(r.docs().get(2).source().line()).isEqualTo(7);
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsReportedWithItsLineAndTheNextRowRead() {
        var r = read("news.csv", fixture("news.csv"), NEWS);

        assertThat(r.kinds()).containsExactly("bad-csv");
        assertThat(r.errors().get(0).line()).isEqualTo(6);
        assertThat(r.errors().get(0).message()).contains("5 fields", "header 4");
        assertThat(r.ids()).contains("news.csv:7");
    }

    @Test
    void aTsvIsSplitAtTabsAndKeepsQuotedTabsAndLineBreaks() {
        var r = read("news.tsv", fixture("news.tsv"), ReaderOptions.DEFAULTS);

        assertThat(r.errors()).isEmpty();
        assertThat(r.docs()).extracting(Document::text).containsExactly("Satu baris teks biasa.", "Teks dengan\ttab dan\nbaris baru.");
        assertThat(r.docs().get(1).meta().get("section")).contains("olahraga");
    }

    @Test
    void gzipAndZstdCsvAreReadAndTheirCompressionToldByTheBytes() {
        byte[] csv = fixture("news.csv");
        assertThat(read("a.csv.gz", gzip(csv), NEWS).ids()).containsExactly("k1", "k2", "a.csv.gz:7");
        assertThat(read("b.csv.zst", Zstd.compress(csv), NEWS).ids()).containsExactly("k1", "k2", "b.csv.zst:7");
        assertThat(read("c.csv", gzip(csv), NEWS).ids()).hasSize(3);
    }

    @Test
    void theFormatCanBeGivenForAFileWhoseNameDoesNotSayIt() {
        Path p = ReadAll.write(dir, "export.dat", utf8("text,id\nSatu.,a\n"));
        var r = ReadAll.of(p, InputFormat.CSV, ReaderOptions.DEFAULTS);

        assertThat(r.ids()).containsExactly("a");
        assertThat(InputFormat.parse("tsv")).isEqualTo(InputFormat.TSV);
    }

    @Test
    void aColumnIsFoundIgnoringCaseWhenNoneHasTheExactName() {
        var r = read("a.csv", "ID,Text,URL\nx1,Halo.,https://a.id/\n");

        assertThat(r.ids()).containsExactly("x1");
        assertThat(r.docs().get(0).url()).contains("https://a.id/");
    }

    @Test
    void aHeaderWithoutTheTextColumnIsReportedOnceAndNothingRead() {
        var r = read("a.csv", "judul,isi\nA,B\nC,D\n");

        assertThat(r.docs()).isEmpty();
        assertThat(r.kinds()).containsExactly("no-text");
        assertThat(r.errors().get(0).message()).contains("'text'", "judul, isi");
        assertThat(r.errors().get(0).line()).isEqualTo(1);
    }

    @Test
    void aQuoteLeftOpenAtTheEndOfTheFileIsReportedAtItsRowAndTheRowsBeforeKept() {
        var r = read("a.csv", "id,text\na,Satu.\nb,\"Dua tanpa\npenutup\nc,Tiga.\n");

        assertThat(r.ids()).containsExactly("a");
        assertThat(r.kinds()).containsExactly("truncated");
        assertThat(r.errors().get(0).line()).isEqualTo(3);
    }

    @Test
    void aStrayQuoteInsideAnUnquotedFieldIsText() {
        var r = read("a.csv", "id,text\na,Ukuran 5\" layar\nb,Dua.\n");

        assertThat(r.errors()).isEmpty();
        assertThat(r.docs()).extracting(Document::text).containsExactly("Ukuran 5\" layar", "Dua.");
    }

    @Test
    void invalidUtf8IsReplacedTheRowKeptAndItsLineReported() {
        byte[] bytes = concat(utf8("id,text\na,Satu.\nb,Caf"), new byte[]{(byte) 0xe9}, utf8(" buka.\n"));
        var r = read("a.csv", bytes, ReaderOptions.DEFAULTS);

        assertThat(r.docs()).extracting(Document::text).containsExactly("Satu.", "Caf\uFFFD buka.");
        assertThat(r.kinds()).containsExactly("invalid-utf8");
        assertThat(r.errors().get(0).line()).isEqualTo(3);
    }

    @Test
    void aRowLongerThanTheBoundIsReportedAndTheNextRowRead() {
        String big = "x".repeat(200);
        var r = read("a.csv", utf8("id,text\na,\"" + big + "\n" + big + "\"\nb,Dua.\n"), ReaderOptions.DEFAULTS.withMaxDocBytes(100));

        assertThat(r.ids()).containsExactly("b");
        assertThat(r.kinds()).containsExactly("too-large");
        assertThat(r.errors().get(0).line()).isEqualTo(2);
        assertThat(r.docs().get(0).source().line()).isEqualTo(4);
    }

    @Test
    void blankLinesBetweenRowsAreIgnoredAndALastRowWithoutNewlineCounts() {
        var r = read("a.csv", "id,text\n\na,Satu.\n   \nb,Dua.");

        assertThat(r.errors()).isEmpty();
        assertThat(r.ids()).containsExactly("a", "b");
    }

    @Test
    void aGzipCsvCutShortKeepsTheRowsBeforeAndReportsTheCut() {
        byte[] gz = gzip(utf8("id,text\n" + "a,Satu.\n".repeat(2000)));
        var r = read("a.csv.gz", java.util.Arrays.copyOf(gz, gz.length - 10), ReaderOptions.DEFAULTS);

        assertThat(r.docs()).isNotEmpty();
        assertThat(r.kinds()).containsExactly("truncated");
    }

    @Test
    void anEmptyCompressedFileIsReportedEmpty() {
        assertThat(read("a.csv.gz", gzip(new byte[0]), ReaderOptions.DEFAULTS).kinds()).containsExactly("empty-file");
    }
}
