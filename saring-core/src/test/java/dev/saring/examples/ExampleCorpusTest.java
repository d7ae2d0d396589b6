package dev.saring.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Checks the example corpus under {@code examples/crawl}: the WARC is well formed (jwarc reads it, every length
 * and digest is exact, every record is its own gzip member), the JSONL has exactly one broken line, the legacy
 * charset pages really need their charset, and the generator reproduces every file byte for byte.
 */
class ExampleCorpusTest {

    private static final String GENERATOR = "examples/generate/GenerateExamples.java";
    private static final String CORPUS = "examples/crawl";
    private static final String WARC = "warung-berita.warc.gz";
    private static final String JSONL = "ekstrak-teks.jsonl";

    private static final List<String> RECORD_TYPES = List.of(
            "warcinfo", "request", "response", "response", "response", "response", "response", "response",
            "response", "response", "response", "response", "request", "response", "response", "response",
            "response", "response", "response");
    private static final int HTML_PAGES = 13;
    private static final int RECORD_EXACT_DUPLICATE = 5;
    private static final int RECORD_ITS_ORIGINAL = 4;
    private static final int RECORD_ISO_8859_1 = 6;
    private static final int RECORD_WINDOWS_1252 = 15;
    private static final int JSONL_LINES = 8;
    private static final int JSONL_BROKEN_LINE = 5;
    private static final long GENERATOR_TIMEOUT_MINUTES = 3;

    private static final int GZIP_HEADER_LENGTH = 10;
    private static final int GZIP_TRAILER_LENGTH = 8;
    private static final byte[] CRLF_CRLF = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void warcHoldsTheExpectedRecordsInOrder() throws IOException {
        List<String> types = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<String> responses = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try (var reader = new WarcReader(warc())) {
            reader.onWarning(warnings::add);
            for (WarcRecord r : reader) {
                types.add(r.type());
                ids.add(r.id().toString());
                if (r instanceof WarcResponse resp) {
                    responses.add(resp.http().status() + " " + resp.http().contentType().base());
                }
            }
        }
        assertThat(warnings).as("jwarc warnings").isEmpty();
        assertThat(types).containsExactlyElementsOf(RECORD_TYPES);
        assertThat(ids).as("record ids are unique").hasSize(RECORD_TYPES.size());
        assertThat(responses).filteredOn(s -> s.equals("200 text/html")).hasSize(HTML_PAGES);
        assertThat(responses).contains("301 text/html", "200 image/png", "200 application/json");
    }

    @Test
    void everyRecordIsOneGzipMemberWithAnExactContentLength() throws IOException {
        List<byte[]> records = gzipMembers(Files.readAllBytes(warc()));
        assertThat(records).hasSize(RECORD_TYPES.size());
        for (byte[] record : records) {
            int headEnd = indexOf(record, CRLF_CRLF, 0);
            String head = new String(record, 0, headEnd, StandardCharsets.UTF_8);
            assertThat(head).startsWith("WARC/1.1\r\n");
            int declared = Integer.parseInt(header(head, "Content-Length"));
            int blockStart = headEnd + CRLF_CRLF.length;
            assertThat(record.length).as("record length of %s", header(head, "WARC-Record-ID"))
                    .isEqualTo(blockStart + declared + CRLF_CRLF.length);
            assertThat(indexOf(record, CRLF_CRLF, blockStart + declared)).isEqualTo(blockStart + declared);

            byte[] block = slice(record, blockStart, blockStart + declared);
            assertThat(new WarcDigest(header(head, "WARC-Block-Digest")).bytes()).isEqualTo(sha1(block));
            if (header(head, "WARC-Type").equals("response")) {
                int httpHeadEnd = indexOf(block, CRLF_CRLF, 0);
                String httpHead = new String(block, 0, httpHeadEnd, StandardCharsets.US_ASCII);
                byte[] payload = slice(block, httpHeadEnd + CRLF_CRLF.length, block.length);
                assertThat(Integer.parseInt(header(httpHead, "Content-Length")))
                        .as("HTTP Content-Length of %s", header(head, "WARC-Target-URI")).isEqualTo(payload.length);
                assertThat(new WarcDigest(header(head, "WARC-Payload-Digest")).bytes()).isEqualTo(sha1(payload));
            }
        }
    }

    @Test
    void theExactDuplicateHasTheSamePayloadAsItsOriginal() throws IOException {
        List<byte[]> records = gzipMembers(Files.readAllBytes(warc()));
        assertThat(payload(records.get(RECORD_EXACT_DUPLICATE))).isEqualTo(payload(records.get(RECORD_ITS_ORIGINAL)));
    }

    @Test
    void legacyCharsetPagesAreNotUtf8AndDecodeWithTheirOwnCharset() throws IOException {
        List<byte[]> records = gzipMembers(Files.readAllBytes(warc()));
        byte[] latin1 = payload(records.get(RECORD_ISO_8859_1));
        byte[] cp1252 = payload(records.get(RECORD_WINDOWS_1252));

        assertThatThrownBy(() -> strictUtf8(latin1)).isInstanceOf(CharacterCodingException.class);
        assertThatThrownBy(() -> strictUtf8(cp1252)).isInstanceOf(CharacterCodingException.class);
        assertThat(new String(latin1, StandardCharsets.ISO_8859_1)).contains("Jo\u00E3o Mendes", "33\u00B0C", "\u00B1 3.000")
                .doesNotContain("charset=");
        assertThat(new String(cp1252, Charset.forName("windows-1252")))
                .contains("charset=windows-1252", "\u201CI thought", "\u00C9lodie", "\u00A34.20 \u2013 a price");
    }

    @Test
    void jsonlHasExactlyOneBrokenLineAndTheOthersCarryEveryField() throws IOException {
        List<String> lines = Files.readAllLines(corpus().resolve(JSONL), StandardCharsets.UTF_8);
        var mapper = new ObjectMapper();
        List<Integer> broken = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                JsonNode doc = mapper.readTree(lines.get(i));
                for (String field : List.of("id", "url", "text", "source_dataset", "date")) {
                    assertThat(doc.path(field).isTextual()).as("line %d has text field %s", i + 1, field).isTrue();
                }
            } catch (JsonProcessingException e) {
                broken.add(i + 1);
            }
        }
        assertThat(lines).hasSize(JSONL_LINES);
        assertThat(broken).containsExactly(JSONL_BROKEN_LINE);
    }

    @Test
    void generatorSourceIsAsciiSoItCompilesTheSameUnderAnyPlatformCharset() throws IOException {
        byte[] source = Files.readAllBytes(root().resolve(GENERATOR));
        for (int i = 0; i < source.length; i++) {
            if (source[i] < 0) fail("non-ASCII byte at offset " + i + " of " + GENERATOR);
        }
    }

    @Test
    void rerunningTheGeneratorGivesByteIdenticalFiles(@TempDir Path tmp) throws IOException, InterruptedException {
        Path out = tmp.resolve("crawl");
        Path log = tmp.resolve("generator.log");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process p = new ProcessBuilder(java, root().resolve(GENERATOR).toString(), out.toString())
                .directory(root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(GENERATOR_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("generator did not finish within " + GENERATOR_TIMEOUT_MINUTES + " minutes");
        }
        assertThat(p.exitValue()).as("generator output:%n%s", Files.readString(log)).isZero();

        List<String> committed = fileNames(corpus());
        assertThat(fileNames(out)).containsExactlyElementsOf(committed);
        for (String name : committed) {
            assertThat(Files.mismatch(corpus().resolve(name), out.resolve(name)))
                    .as("%s differs from a fresh run at byte", name).isEqualTo(-1L);
        }
        assertThat(Files.mismatch(corpus().resolveSibling("README.md"), tmp.resolve("README.md")))
                .as("examples/README.md differs from a fresh run at byte").isEqualTo(-1L);
    }

    // --- helpers -------------------------------------------------------------------------------------

    /** The reactor root: surefire runs in saring-core, an IDE may run in the root itself. */
    private static Path root() {
        Path cwd = Path.of("").toAbsolutePath();
        for (Path candidate : new Path[] {cwd, cwd.getParent()}) {
            if (candidate != null && Files.isRegularFile(candidate.resolve(GENERATOR))) return candidate;
        }
        throw new IllegalStateException("no " + GENERATOR + " in " + cwd + " or its parent");
    }

    private static Path corpus() {
        return root().resolve(CORPUS);
    }

    private static Path warc() {
        return corpus().resolve(WARC);
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * Splits concatenated gzip members, checking each member's trailer, so that a record spread over two
     * members (or two records in one) shows up as a wrong count or a wrong length.
     */
    private static List<byte[]> gzipMembers(byte[] file) throws IOException {
        List<byte[]> members = new ArrayList<>();
        int pos = 0;
        while (pos < file.length) {
            assertThat(file[pos] & 0xFF).as("gzip magic at %d", pos).isEqualTo(0x1F);
            assertThat(file[pos + 1] & 0xFF).isEqualTo(0x8B);
            assertThat(file[pos + 3]).as("gzip flags at %d (no name, extra or comment)", pos).isZero();
            var inflater = new Inflater(true);
            inflater.setInput(file, pos + GZIP_HEADER_LENGTH, file.length - pos - GZIP_HEADER_LENGTH);
            var out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            try {
                while (!inflater.finished()) {
                    int n = inflater.inflate(buf);
                    if (n == 0 && inflater.needsInput()) throw new IOException("truncated gzip member at " + pos);
                    out.write(buf, 0, n);
                }
            } catch (DataFormatException e) {
                throw new IOException("bad deflate data in gzip member at " + pos, e);
            }
            int trailer = file.length - inflater.getRemaining();
            inflater.end();
            byte[] data = out.toByteArray();
            ByteBuffer t = ByteBuffer.wrap(file, trailer, GZIP_TRAILER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
            var crc = new CRC32();
            crc.update(data);
            assertThat(t.getInt() & 0xFFFFFFFFL).as("CRC of gzip member at %d", pos).isEqualTo(crc.getValue());
            assertThat(t.getInt()).as("ISIZE of gzip member at %d", pos).isEqualTo(data.length);
            members.add(data);
            pos = trailer + GZIP_TRAILER_LENGTH;
        }
        return members;
    }

    /** The HTTP entity of a response record (whole record bytes as one gzip member holds them). */
    private static byte[] payload(byte[] record) {
        int blockStart = indexOf(record, CRLF_CRLF, 0) + CRLF_CRLF.length;
        int payloadStart = indexOf(record, CRLF_CRLF, blockStart) + CRLF_CRLF.length;
        return slice(record, payloadStart, record.length - CRLF_CRLF.length);
    }

    private static String header(String head, String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) return line.substring(prefix.length()).strip();
        }
        throw new AssertionError("no " + name + " header in:\n" + head);
    }

    private static int indexOf(byte[] data, byte[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }

    private static byte[] slice(byte[] data, int from, int to) {
        byte[] out = new byte[to - from];
        System.arraycopy(data, from, out, 0, out.length);
        return out;
    }

    private static void strictUtf8(byte[] data) throws CharacterCodingException {
        StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(data));
    }

    private static byte[] sha1(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
