package dev.saring.io;

import dev.saring.model.Document;
import dev.saring.model.RawContent;
import dev.saring.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.DeflaterOutputStream;

import static dev.saring.io.WarcFixture.ascii;
import static dev.saring.io.WarcFixture.utf8;
import static dev.saring.io.WarcFixture.uuid;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WarcReaderTest {

    @TempDir
    Path dir;

    private static final String PAGE = "<html><head><title>Halo</title></head><body><p>Halo dunia.</p></body></html>";

    @Test
    void htmlResponsesBecomeRawDocumentsWithIdUrlDateAndStatus() {
        var w = WarcFixture.gzipped()
                .request(1, "https://example.id/a")
                .response(2, "https://example.id/a", PAGE);
        var read = ReadAll.of(ReadAll.write(dir, "crawl.warc.gz", w.bytes()));

        assertThat(read.errors()).isEmpty();
        assertThat(read.docs()).hasSize(1);
        Document d = read.docs().get(0);
        assertThat(d.id()).isEqualTo(uuid(2));
        assertThat(d.url()).contains("https://example.id/a");
        assertThat(d.raw()).get().extracting(RawContent::mediaType, RawContent::charset).containsExactly("text/html", "utf-8");
        assertThat(new String(d.raw().get().bytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(d.meta().asMap()).containsExactly(Map.entry("warc_date", WarcFixture.DATE), Map.entry("http_status", 200L));
        assertThat(d.source()).isEqualTo(Source.atOffset("crawl.warc.gz", 0, 0, w.offsets().get(1)));
    }

    @Test
    void sourcesCarryTheGzipMemberOffsetOfEachRecordAndCountDocumentsFromZero() {
        var w = WarcFixture.gzipped()
                .response(1, "https://a.id/", PAGE)
                .request(2, "https://b.id/")
                .response(3, "https://b.id/", PAGE)
                .response(4, "https://c.id/", PAGE);
        var read = ReadAll.of(ReadAll.write(dir, "x.warc.gz", w.bytes()));

        assertThat(read.docs()).extracting(d -> d.source().offset())
                .containsExactly(w.offsets().get(0), w.offsets().get(2), w.offsets().get(3));
        assertThat(read.docs()).extracting(d -> d.source().index()).containsExactly(0L, 1L, 2L);
    }

    @Test
    void sourcesInAPlainWarcAreTheByteOffsetsOfTheRecords() {
        var w = WarcFixture.plain()
                .response(1, "https://a.id/", PAGE)
                .request(2, "https://b.id/")
                .response(3, "https://b.id/", PAGE);
        var read = ReadAll.of(ReadAll.write(dir, "x.warc", w.bytes()));

        assertThat(read.docs()).extracting(d -> d.source().offset()).containsExactly(w.offsets().get(0), w.offsets().get(2));
    }

    @Test
    void recordsThatAreNotHtmlPagesAreSkippedAndCountedByReason() {
        var w = WarcFixture.gzipped()
                .record("warcinfo", 1, null, "application/warc-fields", ascii("software: test\r\n"), Map.of())
                .request(2, "https://a.id/")
                .response(3, "https://a.id/", 301, "text/html", utf8("moved"), "Location: https://b.id/")
                .response(4, "https://a.id/x", 404, "text/html", utf8("gone"))
                .response(5, "https://a.id/img", 200, "image/png", new byte[]{1, 2, 3})
                .response(6, "https://a.id/none", 200, null, utf8(PAGE))
                .record("metadata", 7, "https://a.id/", "application/warc-fields", ascii("via: x\r\n"), Map.of())
                .resource(8, "file:///notes.txt", "text/plain", utf8("notes"))
                .response(9, "https://a.id/ok", PAGE);
        var read = ReadAll.of(ReadAll.write(dir, "x.warc.gz", w.bytes()));

        assertThat(read.ids()).containsExactly(uuid(9));
        assertThat(read.errors()).isEmpty();
        assertThat(read.skipped()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "warc-type:warcinfo", 1L, "warc-type:request", 1L, "http-status:3xx", 1L, "http-status:4xx", 1L,
                "not-html", 3L, "warc-type:metadata", 1L));
    }

    @Test
    void xhtmlResponsesAndHtmlResourceRecordsAreRead() {
        var w = WarcFixture.gzipped()
                .response(1, "https://a.id/x", 200, "application/xhtml+xml; charset=ISO-8859-1", utf8(PAGE))
                .resource(2, "https://a.id/r", "text/html", utf8(PAGE));
        var read = ReadAll.of(ReadAll.write(dir, "x.warc.gz", w.bytes()));

        assertThat(read.docs()).extracting(d -> d.raw().get().mediaType()).containsExactly("application/xhtml+xml", "text/html");
        assertThat(read.docs()).extracting(d -> d.raw().get().charset()).containsExactly("ISO-8859-1", null);
        assertThat(read.docs().get(1).meta().asMap()).containsOnlyKeys("warc_date");
    }

    @Test
    void chunkedAndCompressedPayloadsAreDecoded() throws IOException {
        byte[] html = utf8(PAGE);
        byte[] chunked = WarcFixture.concat(ascii("10\r\n"), java.util.Arrays.copyOfRange(html, 0, 16), ascii("\r\n"),
                ascii(Integer.toHexString(html.length - 16) + "\r\n"), java.util.Arrays.copyOfRange(html, 16, html.length),
                ascii("\r\n0\r\n\r\n"));
        var deflated = new ByteArrayOutputStream();
        try (var d = new DeflaterOutputStream(deflated)) {
            d.write(html);
        }
        var w = WarcFixture.gzipped()
                .response(1, "https://a.id/chunked", 200, "text/html", chunked, "Transfer-Encoding: chunked")
                .response(2, "https://a.id/gzip", 200, "text/html", WarcFixture.gzip(html), "Content-Encoding: gzip")
                .response(3, "https://a.id/deflate", 200, "text/html", deflated.toByteArray(), "Content-Encoding: deflate")
                .response(4, "https://a.id/stored-decoded", 200, "text/html", html, "Content-Encoding: gzip");
        var read = ReadAll.of(ReadAll.write(dir, "x.warc.gz", w.bytes()));

        assertThat(read.errors()).isEmpty();
        assertThat(read.docs()).hasSize(4).allSatisfy(d -> assertThat(d.raw().get().bytes()).isEqualTo(html));
    }

    @Test
    void brotliPayloadsAreReportedAsUnsupportedAndReadingGoesOn() {
        var w = WarcFixture.gzipped()
                .response(1, "https://a.id/br", 200, "text/html", new byte[]{0x1b, 0x2c, 0, 0}, "Content-Encoding: br")
                .response(2, "https://a.id/ok", PAGE);
        var read = ReadAll.of(ReadAll.write(dir, "x.warc.gz", w.bytes()));

        assertThat(read.ids()).containsExactly(uuid(2));
        assertThat(read.kinds()).containsExactly("unsupported-encoding");
        assertThat(read.errors().get(0).offset()).isEqualTo(w.offsets().get(0));
    }

    @Test
    void payloadsLargerThanTheBoundAreReportedTooLargeAndSkipped() {
        var big = "<p>" + "x".repeat(5000) + "</p>";
        var w = WarcFixture.gzipped()
                .response(1, "https://a.id/big", big)
                .response(2, "https://a.id/gzip-bomb", 200, "text/html", WarcFixture.gzip(utf8(big)), "Content-Encoding: gzip")
                .response(3, "https://a.id/small", PAGE);
        var read = ReadAll.of(ReadAll.write(dir, "x.warc.gz", w.bytes()), InputFormat.AUTO,
                ReaderOptions.DEFAULTS.withMaxDocBytes(1000));

        assertThat(read.ids()).containsExactly(uuid(3));
        assertThat(read.kinds()).containsExactly("too-large", "too-large");
        assertThat(read.errors()).extracting(InputError::offset).containsExactly(w.offsets().get(0), w.offsets().get(1));
    }

    @Test
    void wetConversionRecordsBecomeTextWithTheirLanguageHint() {
        var w = WarcFixture.gzipped()
                .record("warcinfo", 1, null, "application/warc-fields", ascii("x: y\r\n"), Map.of())
                .conversion(2, "https://id.wikipedia.org/wiki/Jakarta", "ind,eng", utf8("Jakarta adalah ibu kota.\nBaris dua."));
        var read = ReadAll.of(ReadAll.write(dir, "x.warc.wet.gz", w.bytes()));

        assertThat(read.errors()).isEmpty();
        Document d = read.docs().get(0);
        assertThat(d.isRaw()).isFalse();
        assertThat(d.text()).isEqualTo("Jakarta adalah ibu kota.\nBaris dua.");
        assertThat(d.url()).contains("https://id.wikipedia.org/wiki/Jakarta");
        assertThat(d.meta().asMap()).containsExactly(Map.entry("warc_date", WarcFixture.DATE), Map.entry("lang_hint", "ind,eng"));
    }

    @Test
    void invalidUtf8InAConversionIsReplacedAndReported() {
        var w = WarcFixture.gzipped().conversion(1, "https://a.id/", null, new byte[]{'o', 'k', (byte) 0xff, '!'});
        var read = ReadAll.of(ReadAll.write(dir, "x.wet.gz", w.bytes()));

        assertThat(read.docs()).extracting(Document::text).containsExactly("ok\ufffd!");
        assertThat(read.kinds()).containsExactly("invalid-utf8");
    }

    @Test
    void filesWrittenByJwarcAreReadWithTheirRecordIds() throws IOException {
        Path file = dir.resolve("jw.warc.gz");
        var ids = new ArrayList<URI>();
        try (var writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (int i = 0; i < 3; i++) {
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, utf8("<p>page " + i + "</p>")).build();
                WarcResponse response = new WarcResponse.Builder(URI.create("https://example.id/" + i)).date(Instant.parse(WarcFixture.DATE)).body(http).build();
                writer.write(response);
                ids.add(response.id());
            }
        }
        var read = ReadAll.of(file);

        assertThat(read.errors()).isEmpty();
        assertThat(read.ids()).containsExactlyElementsOf(ids.stream().map(URI::toString).toList());
        assertThat(read.docs()).extracting(d -> d.url().orElseThrow()).containsExactly("https://example.id/0", "https://example.id/1", "https://example.id/2");
    }

    @Test
    void skippedCountsAreEmptyForAFileOfOnlyPages() {
        var read = ReadAll.of(ReadAll.write(dir, "x.warc", WarcFixture.plain().response(1, "https://a.id/", PAGE).bytes()));

        assertThat(read.skipped()).isEmpty();
        assertThat(read.docs()).hasSize(1);
    }

    @Test
    void zstdCompressedWarcFilesAreRead() throws IOException {
        byte[] plain = WarcFixture.plain().response(1, "https://a.id/", PAGE).response(2, "https://b.id/", PAGE).bytes();
        var read = ReadAll.of(ReadAll.write(dir, "x.warc.zst", com.github.luben.zstd.Zstd.compress(plain)));

        assertThat(read.errors()).isEmpty();
        assertThat(read.ids()).containsExactly(uuid(1), uuid(2));
    }

    @Test
    void arcFilesGiveTheirHtmlResponsesWithFileAndOffsetAsId() {
        String desc = "1 0 Test Capture\nURL IP-address Archive-date Content-type Archive-length\n";
        byte[] http = utf8("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + utf8(PAGE).length + "\r\n\r\n" + PAGE);
        byte[] first = WarcFixture.gzip(utf8("filedesc://test.arc 0.0.0.0 20140216050221 text/plain " + utf8(desc).length + "\n" + desc + "\n"));
        byte[] second = WarcFixture.gzip(WarcFixture.concat(
                utf8("http://example.com/ 93.184.216.119 20140216050221 text/html " + http.length + "\n"), http, utf8("\n")));
        var read = ReadAll.of(ReadAll.write(dir, "old.arc.gz", WarcFixture.concat(first, second)));

        assertThat(read.errors()).isEmpty();
        assertThat(read.ids()).containsExactly("old.arc.gz@" + first.length);
        Document d = read.docs().get(0);
        assertThat(d.url()).contains("http://example.com/");
        assertThat(d.raw().get().bytes()).isEqualTo(utf8(PAGE));
        assertThat(d.meta().asMap()).containsEntry("warc_date", "2014-02-16T05:02:21Z").containsEntry("http_status", 200L);
    }
}
