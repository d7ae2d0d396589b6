package dev.saring.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saring.pipeline.LocalRunner;
import dev.saring.pipeline.Pass;
import dev.saring.pipeline.PassContext;
import dev.saring.pipeline.Step;
import dev.saring.pipeline.Pipeline;
import dev.saring.assembly.Stages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import static dev.saring.io.WarcFixture.ascii;
import static dev.saring.io.WarcFixture.concat;
import static dev.saring.io.WarcFixture.utf8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole runs (readers, extract, repair, clean) over inputs built to hurt: each must end in bounded time and
 * memory, the hostile record counted and explained (an error kind in {@code errors.jsonl}, a drop reason in
 * {@code rejects/}), and the good records beside it kept.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    /** The text steps, and a pass that keeps everything: documents also cross a segment boundary. */
    private static final Pipeline TEXT_STEPS = textStepsThenAPass();

    private static Pipeline textStepsThenAPass() {
        var b = Pipeline.builder();
        Stages.pipeline(List.of("extract", "repair", "clean", "non-empty"), Map.of()).stages().forEach(b::stage);
        return b.pass(new KeepAllPass()).build();
    }

    private static final class KeepAllPass implements Pass {
        @Override
        public String name() {
            return "keep-all";
        }

        @Override
        public Observation start(PassContext ctx) {
            return new Observation() {
                @Override
                public void observe(dev.saring.model.Document doc) {
                }

                @Override
                public Step decider() {
                    return Step.of("keep-all", dev.saring.model.Outcome::keep);
                }
            };
        }
    }

    private static final int MB = 1 << 20;
    private static final String PAGE = "<html><head><title>Berita</title></head><body><article><h1>Judul berita hari ini</h1>"
            + "<p>Pemerintah kota mengumumkan rencana pembangunan taman baru di pusat kota pada tahun depan.</p>"
            + "<p>Warga menyambut baik rencana itu dan berharap taman tersebut dapat dinikmati semua kalangan.</p>"
            + "</article></body></html>";
    private static final String GOOD_JSONL_TEXT = "Pemerintah kota mengumumkan rencana pembangunan taman baru di pusat kota."
            + "\nWarga menyambut baik rencana itu dan berharap taman dapat dinikmati semua kalangan.";

    /** What a run left: stats, errors, kept ids and urls, dropped documents by reason. */
    private record Outcome(JsonNode stats, List<JsonNode> errors, List<String> keptUrls, List<String> keptIds,
                           Map<String, String> droppedReasons) {

        long count(String section, String key) {
            return stats.path(section).path(key).asLong();
        }

        List<String> errorKinds() {
            return errors.stream().map(e -> e.get("kind").asText()).toList();
        }
    }

    private Outcome run(Path... inputs) throws Exception {
        Path out = dir.resolve("out-" + System.nanoTime());
        var files = new ArrayList<InputFile>();
        for (int i = 0; i < inputs.length; i++) files.add(new InputFile(inputs[i], inputs[i].getFileName().toString(), i));
        return run(out, files);
    }

    /** Reads what saring wrote: strings as long as a document can be. */
    private static final com.fasterxml.jackson.databind.ObjectMapper READ = DocumentJson.MAPPER;

    private Outcome run(Path out, List<InputFile> files) throws Exception {
        var options = LocalRunner.Options.defaults(out).withThreads(2).withCompression(OutputCompression.NONE);
        new LocalRunner(TEXT_STEPS, options).run(files, (s, errors) -> Readers.open(s.file(), s.split(), InputFormat.AUTO, ReaderOptions.DEFAULTS, errors));
        JsonNode stats = DocumentJson.MAPPER.readTree(out.resolve("stats.json").toFile());
        var errors = new ArrayList<JsonNode>();
        for (String line : Files.readAllLines(out.resolve("errors.jsonl"))) errors.add(DocumentJson.MAPPER.readTree(line));
        var urls = new ArrayList<String>();
        var ids = new ArrayList<String>();
        try (var parts = Files.list(out.resolve("clean"))) {
            for (Path p : parts.sorted().toList()) {
                for (String line : Files.readAllLines(p)) {
                    JsonNode n = DocumentJson.MAPPER.readTree(line);
                    urls.add(n.path("url").asText());
                    ids.add(n.get("id").asText());
                }
            }
        }
        var dropped = new TreeMap<String, String>();
        try (var parts = Files.list(out.resolve("rejects"))) {
            for (Path p : parts.sorted().toList()) {
                for (String line : Files.readAllLines(p)) {
                    JsonNode n = DocumentJson.MAPPER.readTree(line);
                    if (!n.path("step").asText().equals("lines")) dropped.put(n.get("id").asText(), n.get("step").asText() + ":" + n.get("reason").asText());
                }
            }
        }
        var o = new Outcome(stats, errors, urls, ids, dropped);
        // whatever the input, every document read is kept or dropped with a reason
        assertThat(o.count("documents", "read")).isEqualTo(o.count("documents", "kept") + o.count("documents", "dropped"));
        assertThat(o.keptIds()).hasSize((int) o.count("documents", "kept"));
        assertThat(o.droppedReasons()).hasSize((int) o.count("documents", "dropped"));
        return o;
    }

    /** A WARC (one gzip member per record) with a good page before and after {@code hostile}. */
    private Path warcAround(String name, byte[] hostileRecord) {
        byte[] before = WarcFixture.gzipped().response(1, "https://a.id/before", PAGE).bytes();
        byte[] after = WarcFixture.gzipped().response(3, "https://a.id/after", PAGE).bytes();
        return ReadAll.write(dir, name, concat(before, hostileRecord, after));
    }

    private static byte[] responseRecord(int n, String url, byte[] body, String... httpHeaders) {
        return WarcFixture.gzipped().response(n, url, 200, "text/html", body, httpHeaders).bytes();
    }

    private static String jsonl(String id, String text) {
        try {
            return DocumentJson.MAPPER.writeValueAsString(Map.of("id", id, "text", text)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Streams a file of {@code prefix}, {@code size} bytes of {@code fill}, {@code suffix}, without holding it. */
    private Path bigFile(String name, String prefix, long size, byte fill, String suffix, boolean gzip) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(p));
             OutputStream out = gzip ? new GZIPOutputStream(file, 1 << 16) : file) {
            out.write(utf8(prefix));
            byte[] chunk = new byte[1 << 16];
            Arrays.fill(chunk, fill);
            for (long left = size; left > 0; left -= chunk.length) out.write(chunk, 0, (int) Math.min(chunk.length, left));
            out.write(utf8(suffix));
        }
        return p;
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFiftyMegabyteHtmlPageIsReportedTooLargeAndItsNeighboursKept() throws Exception {
        Path big = bigFile("big.html", "<html><body><p>", 50L * MB, (byte) 'a', "</p></body></html>", false);
        Path warc = warcAround("x.warc.gz", responseRecord(2, "https://a.id/big", concat(utf8("<p>"), new byte[40 * MB])));
        var o = run(big, warc);

        assertThat(o.errorKinds()).containsExactly("too-large", "too-large");
        assertThat(o.errors().get(0).get("file").asText()).isEqualTo("big.html");
        assertThat(o.keptUrls()).containsExactly("https://a.id/before", "https://a.id/after");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aHundredThousandNestedDivsEndInBoundedTimeAndTheNeighboursAreKept() throws Exception {
        String deep = "<html><body>" + "<div>".repeat(100_000) + "<p>tersembunyi</p>" + "</div>".repeat(100_000) + "</body></html>";
        var o = run(warcAround("deep.warc.gz", responseRecord(2, "https://a.id/deep", utf8(deep))));

        assertThat(o.keptUrls()).contains("https://a.id/before", "https://a.id/after");
        assertThat(o.count("documents", "read")).isEqualTo(3);
        assertThat(o.errorKinds()).doesNotContain("step-error");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aTenMegabyteLineWithoutANewlineEndsInBoundedTime() throws Exception {
        byte[] line = new byte[10 * MB];
        Arrays.fill(line, (byte) 'x');
        Path text = ReadAll.write(dir, "line.txt", line);
        var o = run(text, warcAround("line.warc.gz", responseRecord(2, "https://a.id/line", concat(utf8("<p>"), line))));

        assertThat(o.count("documents", "read")).isEqualTo(4);
        assertThat(o.keptUrls()).contains("https://a.id/before", "https://a.id/after");
        assertThat(o.errorKinds()).doesNotContain("step-error");
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aHundredMegabyteJsonlLineIsReportedWithItsLineAndTheLinesAroundItRead() throws Exception {
        Path p = bigFile("big.jsonl", jsonl("a", GOOD_JSONL_TEXT) + "{\"id\":\"big\",\"text\":\"", 100L * MB, (byte) 'a',
                "\"}\n" + jsonl("c", GOOD_JSONL_TEXT), false);
        var o = run(p);

        assertThat(o.keptIds()).containsExactly("a", "c");
        assertThat(o.errorKinds()).containsExactly("too-large");
        assertThat(o.errors().get(0).get("line").asLong()).isEqualTo(2);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aJsonlLineOrCsvRowUnderTheCapWithAStringOverJacksonsDefaultLimitIsReadNotRejected() throws Exception {
        // Jackson refuses strings over 20 MB by default: below the reader's own cap that would lose a good record.
        Path p = bigFile("long.jsonl", jsonl("a", GOOD_JSONL_TEXT) + "{\"id\":\"long\",\"text\":\"", 24L * MB, (byte) 'a',
                "\"}\n" + jsonl("c", GOOD_JSONL_TEXT), false);
        Path csv = bigFile("long.csv", "id,text\nr1,\"", 24L * MB, (byte) 'a', "\"\nr2,kata\n", false);
        var o = run(p, csv);

        assertThat(o.count("documents", "read")).isEqualTo(5);
        assertThat(o.keptIds()).contains("a", "c");
        assertThat(o.errorKinds()).isEmpty();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aGzipBombIsCutAtTheRecordCapInAWarcPayloadAndInAJsonlFile() throws Exception {
        // 256 MB of zeros in a few hundred kilobytes: inflated only up to the cap, then reported
        var bomb = new java.io.ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(bomb)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 256; i++) gz.write(zeros);
        }
        Path warc = warcAround("bomb.warc.gz", responseRecord(2, "https://a.id/bomb", bomb.toByteArray(), "Content-Encoding: gzip"));
        Path jsonl = bigFile("bomb.jsonl.gz", jsonl("a", GOOD_JSONL_TEXT) + "{\"id\":\"bomb\",\"text\":\"", 256L * MB, (byte) ' ',
                "\"}\n" + jsonl("c", GOOD_JSONL_TEXT), true);
        assertThat(Files.size(jsonl)).isLessThan(2L * MB);
        var o = run(warc, jsonl);

        assertThat(o.errorKinds()).containsExactly("too-large", "too-large");
        assertThat(o.keptUrls()).contains("https://a.id/before", "https://a.id/after");
        assertThat(o.keptIds()).contains("a", "c");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aWarcRecordWhoseContentLengthLiesEitherWayLosesOnlyItself() throws Exception {
        byte[] good1 = WarcFixture.plain().response(1, "https://a.id/1", PAGE).bytes();
        byte[] good2 = WarcFixture.plain().response(3, "https://a.id/3", PAGE).bytes();
        byte[] good3 = WarcFixture.plain().response(5, "https://a.id/5", PAGE).bytes();
        byte[] http = ascii("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE);
        byte[] tooLong = concat(ascii("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <" + WarcFixture.uuid(2) + ">\r\n"
                + "WARC-Target-URI: https://a.id/2\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
                + (http.length + 500) + "\r\n\r\n"), http, ascii("\r\n\r\n"));
        byte[] tooShort = concat(ascii("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <" + WarcFixture.uuid(4) + ">\r\n"
                + "WARC-Target-URI: https://a.id/4\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
                + (http.length - 60) + "\r\n\r\n"), http, ascii("\r\n\r\n"));
        Path p = ReadAll.write(dir, "lies.warc", concat(good1, tooLong, good2, tooShort, good3));
        var o = run(p);

        assertThat(o.keptUrls()).contains("https://a.id/1", "https://a.id/5");
        assertThat(o.errors()).isNotEmpty();
        // every record is a document, an error or a skip: none vanishes
        assertThat(o.count("documents", "read") + o.errors().size()).isGreaterThanOrEqualTo(4);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void chunkedTransferEncodingThatLiesIsReportedOrReadAndTheNeighboursKept() throws Exception {
        byte[] lyingChunks = concat(ascii("ffffff\r\n"), utf8(PAGE), ascii("\r\n0\r\n\r\n"));
        byte[] badHex = concat(ascii("zz\r\n"), utf8(PAGE), ascii("\r\n0\r\n\r\n"));
        byte[] hugeHex = concat(ascii("7fffffffffffffff\r\n"), utf8(PAGE));
        var w = WarcFixture.gzipped().response(1, "https://a.id/before", PAGE)
                .response(2, "https://a.id/c1", 200, "text/html", lyingChunks, "Transfer-Encoding: chunked")
                .response(3, "https://a.id/c2", 200, "text/html", badHex, "Transfer-Encoding: chunked")
                .response(4, "https://a.id/c3", 200, "text/html", hugeHex, "Transfer-Encoding: chunked")
                .response(5, "https://a.id/after", PAGE);
        var o = run(ReadAll.write(dir, "chunked.warc.gz", w.bytes()));

        assertThat(o.keptUrls()).contains("https://a.id/before", "https://a.id/after");
        assertThat(o.count("documents", "read") + o.errors().size()).isGreaterThanOrEqualTo(5);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void mixedAndInvalidUtf8IsReplacedReportedAndKept() throws Exception {
        byte[] mixed = concat(utf8("<html><body><p>Kota Bandung sedang "), new byte[]{(byte) 0xe9, (byte) 0xc0, (byte) 0xff},
                utf8(" membangun jalan baru yang sangat panjang — café über.</p>"), new byte[]{(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                utf8("<p>Warga kota menyambut rencana pembangunan itu dengan gembira sekali.</p></body></html>"));
        var w = WarcFixture.gzipped().response(1, "https://a.id/before", PAGE)
                .response(2, "https://a.id/mixed", 200, "text/html; charset=utf-8", mixed)
                .response(3, "https://a.id/after", PAGE);
        byte[] badLine = concat(utf8("{\"id\":\"b\",\"text\":\"Warga kota "), new byte[]{(byte) 0xc3, (byte) 0x28, (byte) 0xf0, (byte) 0x9f},
                utf8(" menyambut rencana pembangunan taman baru di pusat kota itu.\"}\n"));
        Path jsonl = ReadAll.write(dir, "bad.jsonl", concat(utf8(jsonl("a", GOOD_JSONL_TEXT)), badLine, utf8(jsonl("c", GOOD_JSONL_TEXT))));
        var o = run(ReadAll.write(dir, "mixed.warc.gz", w.bytes()), jsonl);

        assertThat(o.count("documents", "read")).isEqualTo(6);
        assertThat(o.errorKinds()).contains("invalid-utf8");
        assertThat(o.keptIds()).contains("a", "c");
        assertThat(o.keptUrls()).contains("https://a.id/before", "https://a.id/after");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void utf16WithoutAByteOrderMarkIsDecodedAsUtf16() throws Exception {
        String html = "<html><body><article><p>Pemerintah kota mengumumkan rencana pembangunan taman baru di pusat kota"
                + " pada tahun depan, kata wali kota kepada wartawan.</p></article></body></html>";
        var w = WarcFixture.gzipped().response(1, "https://a.id/before", PAGE)
                .response(2, "https://a.id/utf16", 200, "text/html", html.getBytes(StandardCharsets.UTF_16LE))
                .response(3, "https://a.id/after", PAGE);
        var o = run(ReadAll.write(dir, "utf16.warc.gz", w.bytes()));

        assertThat(o.keptUrls()).containsExactly("https://a.id/before", "https://a.id/utf16", "https://a.id/after");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void binaryBytesNamedHtmlAreDroppedWithAReasonNotKeptAsText() throws Exception {
        byte[] noise = new byte[200_000];
        new java.util.Random(7).nextBytes(noise);
        Path fake = ReadAll.write(dir, "photo.html", noise);
        var w = WarcFixture.gzipped().response(1, "https://a.id/before", PAGE)
                .response(2, "https://a.id/bin", 200, "text/html", noise)
                .response(3, "https://a.id/after", PAGE);
        var o = run(fake, ReadAll.write(dir, "bin.warc.gz", w.bytes()));

        assertThat(o.keptUrls()).containsExactly("https://a.id/before", "https://a.id/after");
        assertThat(o.count("documents", "read")).isEqualTo(4);
        assertThat(o.droppedReasons()).hasSize(2);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aJsonArrayThatNeverClosesKeepsItsElementsAndIsReportedTruncated() throws Exception {
        String array = "[" + jsonl("a", GOOD_JSONL_TEXT).strip() + ",\n" + jsonl("b", GOOD_JSONL_TEXT).strip() + ",\n";
        var o = run(ReadAll.write(dir, "open.json", utf8(array)));

        assertThat(o.keptIds()).containsExactly("a", "b");
        assertThat(o.errorKinds()).as("%s", o.errors()).containsExactly("truncated");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void deeplyNestedJsonIsABadLineAndTheNextLineIsRead() throws Exception {
        String deep = "{\"id\":\"deep\",\"text\":\"x\",\"m\":" + "[".repeat(200_000) + "]".repeat(200_000) + "}\n";
        String deepObject = "{\"id\":\"deep2\",\"text\":\"x\",\"m\":" + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000) + "}\n";
        var o = run(ReadAll.write(dir, "deep.jsonl", utf8(jsonl("a", GOOD_JSONL_TEXT) + deep + deepObject + jsonl("c", GOOD_JSONL_TEXT))));

        assertThat(o.keptIds()).containsExactly("a", "c");
        assertThat(o.errorKinds()).containsExactly("bad-json", "bad-json");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anEmptyInputIsReportedAndTheRunFinishes() throws Exception {
        Path empty = ReadAll.write(dir, "empty.warc.gz", new byte[0]);
        Path emptyJsonl = ReadAll.write(dir, "empty.jsonl", new byte[0]);
        var o = run(empty, emptyJsonl);

        assertThat(o.count("documents", "read")).isZero();
        assertThat(o.errorKinds()).containsExactly("empty-file", "empty-file");
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void tenThousandTinyFilesAreEachReadOnce() throws Exception {
        Path tiny = Files.createDirectories(dir.resolve("tiny"));
        for (int i = 0; i < 10_000; i++) Files.writeString(tiny.resolve(String.format("t%05d.jsonl", i)), jsonl("d" + i, "kata " + i));
        Path out = dir.resolve("out-tiny");
        var o = run(out, Readers.expand(List.of(tiny.toString())));

        assertThat(o.count("documents", "read")).isEqualTo(10_000);
        assertThat(o.count("run", "shards")).isEqualTo(10_000);
        assertThat(o.keptIds()).hasSize(10_000).doesNotHaveDuplicates();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void brokenZstdAndACsvWithAnUnbalancedQuoteKeepWhatCameBefore() throws Exception {
        byte[] zst = com.github.luben.zstd.Zstd.compress(utf8(jsonl("a", GOOD_JSONL_TEXT) + jsonl("b", GOOD_JSONL_TEXT)));
        byte[] broken = Arrays.copyOf(zst, zst.length - 5);
        Path csv = ReadAll.write(dir, "q.csv", utf8("id,text\nr1,\"" + GOOD_JSONL_TEXT + "\"\nr2,\"open quote never closed\nr3,next\n"));
        Path garbageZst = ReadAll.write(dir, "g.jsonl.zst", concat(new byte[]{0x28, (byte) 0xb5, 0x2f, (byte) 0xfd}, new byte[500]));
        var o = run(ReadAll.write(dir, "cut.jsonl.zst", broken), csv, garbageZst);

        assertThat(o.keptIds()).contains("r1");
        assertThat(o.errorKinds()).contains("truncated");
        assertThat(o.errors().stream().map(e -> e.get("file").asText())).contains("cut.jsonl.zst", "q.csv", "g.jsonl.zst");
    }
}
