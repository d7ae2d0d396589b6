package dev.saring.io;

import com.github.luben.zstd.Zstd;
import dev.saring.model.Document;
import dev.saring.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dev.saring.io.WarcFixture.concat;
import static dev.saring.io.WarcFixture.gzip;
import static dev.saring.io.WarcFixture.utf8;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class JsonlReaderTest {

    @TempDir
    Path dir;

    private ReadAll read(String name, byte[] bytes) {
        return ReadAll.of(ReadAll.write(dir, name, bytes));
    }

    private ReadAll read(String name, String content) {
        return read(name, utf8(content));
    }

    @Test
    void eachLineBecomesATextDocumentWithIdAndUrl() {
        var r = read("a.jsonl", """
                {"id": "d1", "url": "https://a.id/1", "text": "Halo dunia."}
                {"id": "d2", "text": "Kedua."}
                """);

        assertThat(r.errors()).isEmpty();
        assertThat(r.docs()).extracting(Document::id, Document::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("d1", "Halo dunia."), org.assertj.core.groups.Tuple.tuple("d2", "Kedua."));
        assertThat(r.docs().get(0).url()).contains("https://a.id/1");
        assertThat(r.docs().get(1).url()).isEmpty();
    }

    @Test
    void anEmptyOrBlankIdIsReplacedByTheFileAndLine() {
        var r = read("e.jsonl", """
                {"id": "", "text": "Satu."}
                {"id": "  ", "text": "Dua."}
                {"id": 7, "text": "Tiga."}
                """);

        assertThat(r.errors()).isEmpty();
        assertThat(r.ids()).containsExactly("e.jsonl:1", "e.jsonl:2", "7");
    }

    @Test
    void aTextFieldHoldingAListOfParagraphsBecomesOneTextALineEach() {
        var r = read("p.jsonl", """
                {"id": "p1", "text": ["Paragraf satu.", "Paragraf dua."]}
                {"id": "p2", "text": ["Paragraf satu.", 2]}
                """);

        assertThat(r.docs()).extracting(Document::text).containsExactly("Paragraf satu.\nParagraf dua.");
        assertThat(r.kinds()).containsExactly("no-text");
        assertThat(r.errors().get(0).message()).contains("not a string or a list of strings");
    }

    @Test
    void aFileHoldingOneJsonArrayGivesADocumentPerElement() {
        String head = "\uFEFF \n[\n  ";
        String first = "{\"id\": \"d1\", \"text\": \"Halo dunia.\", \"tags\": [\"a\"]}";
        var r = read("dump.json", head + first + ",\n  {\"title\": \"no text\"},\n  42,\n  {\"text\": \"Kedua.\"}\n]\n");

        assertThat(r.ids()).containsExactly("d1", "dump.json:4");
        assertThat(r.docs().get(0).meta().get("tags")).contains(List.of("a"));
        assertThat(r.docs().get(0).source()).isEqualTo(Source.atLine("dump.json", 0, 0, utf8(head).length, 1));
        assertThat(r.kinds()).containsExactly("no-text", "bad-json");
        assertThat(r.errors()).extracting(InputError::line).containsExactly(2L, 3L);
    }

    @Test
    void aCutJsonArrayKeepsTheElementsBeforeTheCut() {
        byte[] whole = utf8("[{\"text\": \"satu\"}, {\"text\": \"dua\"}, {\"text\": \"ti");
        var r = read("cut.json.gz", gzip(whole));

        assertThat(r.docs()).extracting(Document::text).containsExactly("satu", "dua");
        assertThat(r.kinds()).hasSize(1);
        assertThat(r.errors().get(0).message()).contains("the elements before were read");
    }

    @Test
    void sourcesGiveTheByteOffsetAndLineNumberOfEachLine() {
        String l1 = "{\"text\": \"satu\"}\n";
        String l2 = "\n";
        String l3 = "{\"text\": \"tiga – é\"}\r\n";
        String l4 = "{\"text\": \"empat\"}";
        var r = read("a.jsonl", l1 + l2 + l3 + l4);

        assertThat(r.docs()).extracting(Document::source).containsExactly(
                Source.atLine("a.jsonl", 0, 0, 0, 1),
                Source.atLine("a.jsonl", 0, 1, utf8(l1 + l2).length, 3),
                Source.atLine("a.jsonl", 0, 2, utf8(l1 + l2 + l3).length, 4));
        assertThat(r.docs().get(1).text()).isEqualTo("tiga – é");
    }

    @Test
    void missingIdsBecomeFileNameAndLineNumber() {
        var r = read("part.jsonl", "\n{\"text\": \"x\"}\n{\"text\": \"y\", \"id\": 42}\n");

        assertThat(r.ids()).containsExactly("part.jsonl:2", "42");
    }

    @Test
    void otherFieldsAreKeptAsMetaInInputOrderWithJsonTypes() {
        var r = read("a.jsonl", """
                {"zeta": 1, "text": "t", "alpha": "s", "score": 0.5, "ok": true, "none": null, "big": 123456789012345678901234567890, "tags": ["a", 2], "nested": {"b": 1, "a": [true]}}
                """);

        Map<String, Object> meta = r.docs().get(0).meta().asMap();
        assertThat(meta.keySet()).containsExactly("zeta", "alpha", "score", "ok", "big", "tags", "nested");
        assertThat(meta.get("zeta")).isEqualTo(1L);
        assertThat(meta.get("alpha")).isEqualTo("s");
        assertThat(meta.get("score")).isEqualTo(0.5);
        assertThat(meta.get("ok")).isEqualTo(true);
        assertThat(meta.get("big")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(meta.get("tags")).isEqualTo(List.of("a", 2L));
        @SuppressWarnings("unchecked")
        var nested = (Map<String, Object>) meta.get("nested");
        assertThat(nested.keySet()).containsExactly("b", "a");
        assertThat(nested.get("a")).isEqualTo(List.of(true));
    }

    @Test
    void fieldNamesComeFromTheOptions() {
        Path file = ReadAll.write(dir, "a.jsonl", utf8("{\"content\": \"isi\", \"doc_id\": \"x1\", \"link\": \"https://a.id/\", \"text\": \"kept as meta\"}\n"));
        var r = ReadAll.of(file, InputFormat.AUTO, ReaderOptions.DEFAULTS.withFields("content", "doc_id", "link"));

        Document d = r.docs().get(0);
        assertThat(d.text()).isEqualTo("isi");
        assertThat(d.id()).isEqualTo("x1");
        assertThat(d.url()).contains("https://a.id/");
        assertThat(d.meta().asMap()).containsExactly(Map.entry("text", "kept as meta"));
    }

    @Test
    void badLinesAreReportedWithTheirLineAndSkipped() {
        var r = read("a.jsonl", """
                {"text": "satu"}
                {"text": "dua"
                not json at all
                [1, 2]
                {"title": "no text"}
                {"text": 5}
                {"text": "x"} {"text": "y"}
                {"text": "tujuh"}
                """);

        assertThat(r.docs()).extracting(Document::text).containsExactly("satu", "tujuh");
        assertThat(r.kinds()).containsExactly("bad-json", "bad-json", "bad-json", "no-text", "no-text", "bad-json");
        assertThat(r.errors()).extracting(InputError::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(r.errors().get(0).message()).contains("column").hasSizeLessThanOrEqualTo(200);
        assertThat(r.errors().get(0).where()).isEqualTo("a.jsonl:2");
    }

    @Test
    void blankLinesAreIgnoredSilently() {
        var r = read("a.jsonl", "\n   \n{\"text\": \"a\"}\n\t\n\n");

        assertThat(r.errors()).isEmpty();
        assertThat(r.docs()).hasSize(1);
    }

    @Test
    void invalidUtf8IsReplacedTheDocumentKeptAndTheLineReported() {
        byte[] bad = concat(utf8("{\"text\": \"ok"), new byte[]{(byte) 0xc3, '('}, utf8("\", \"m\": \"\u00e9"),
                new byte[]{(byte) 0xed, (byte) 0xa0, (byte) 0x80}, utf8("\"}\n{\"text\": \"fine\"}\n"));
        var r = read("a.jsonl", bad);

        assertThat(r.docs()).extracting(Document::text).containsExactly("ok\ufffd(", "fine");
        assertThat(r.docs().get(0).meta().asMap().get("m").toString()).startsWith("\u00e9\ufffd");
        assertThat(r.kinds()).containsExactly("invalid-utf8");
        assertThat(r.errors().get(0).line()).isEqualTo(1);
    }

    @Test
    void aLineLongerThanTheBoundIsReportedAndTheNextLineIsRead() {
        String longLine = "{\"text\": \"" + "x".repeat(500) + "\"}\n";
        String content = "{\"text\": \"a\"}\n" + longLine + "{\"text\": \"b\"}\n" + longLine;
        Path file = ReadAll.write(dir, "a.jsonl", utf8(content));
        var r = ReadAll.of(file, InputFormat.AUTO, ReaderOptions.DEFAULTS.withMaxDocBytes(100));

        assertThat(r.docs()).extracting(Document::text).containsExactly("a", "b");
        assertThat(r.kinds()).containsExactly("too-large", "too-large");
        assertThat(r.errors()).extracting(InputError::line).containsExactly(2L, 4L);
        assertThat(r.docs().get(1).source().line()).isEqualTo(3);
        assertThat(r.docs().get(1).source().offset()).isEqualTo(utf8("{\"text\": \"a\"}\n" + longLine).length);
    }

    @Test
    void aLineOfExactlyTheBoundIsRead() {
        String line = "{\"text\": \"" + "x".repeat(86) + "\"}";
        assertThat(utf8(line)).hasSize(98);
        Path file = ReadAll.write(dir, "a.jsonl", utf8(line + "\r\n" + line));
        var r = ReadAll.of(file, InputFormat.AUTO, ReaderOptions.DEFAULTS.withMaxDocBytes(98));

        assertThat(r.errors()).isEmpty();
        assertThat(r.docs()).hasSize(2);
    }

    @Test
    void aByteOrderMarkAtTheStartIsIgnored() {
        var r = read("a.jsonl", concat(new byte[]{(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, utf8("{\"text\": \"a\"}\n")));

        assertThat(r.errors()).isEmpty();
        assertThat(r.docs()).extracting(Document::text).containsExactly("a");
    }

    @Test
    void multiMemberGzipIsReadAcrossMembers() {
        byte[] file = concat(gzip(utf8("{\"text\": \"a\"}\n{\"te")), gzip(utf8("xt\": \"b\"}\n")), gzip(utf8("{\"text\": \"c\"}\n")));
        var r = read("a.jsonl.gz", file);

        assertThat(r.errors()).isEmpty();
        assertThat(r.docs()).extracting(Document::text).containsExactly("a", "b", "c");
        assertThat(r.docs().get(2).source().offset()).isEqualTo(utf8("{\"text\": \"a\"}\n{\"text\": \"b\"}\n").length);
    }

    @Test
    void zstdJsonlIsRead() {
        byte[] file = concat(Zstd.compress(utf8("{\"text\": \"a\"}\n")), Zstd.compress(utf8("{\"text\": \"b\"}\n")));
        var r = read("a.jsonl.zst", file);

        assertThat(r.errors()).isEmpty();
        assertThat(r.docs()).extracting(Document::text).containsExactly("a", "b");
    }

    @Test
    void compressionIsToldByTheBytesNotTheName() {
        var r = read("looks-plain.jsonl", gzip(utf8("{\"text\": \"a\"}\n")));

        assertThat(r.docs()).extracting(Document::text).containsExactly("a");
    }

    @Test
    void aGzipJsonlCutAtEveryByteOfItsLastMemberKeepsEarlierMembersAndReportsTheCut() {
        byte[] first = gzip(utf8("{\"text\": \"a\"}\n{\"text\": \"b\"}\n"));
        byte[] last = gzip(utf8("{\"text\": \"c\", \"pad\": \"" + "isi ".repeat(30) + "\"}\n{\"text\": \"d\"}\n"));
        byte[] full = concat(first, last);
        for (int cut = first.length + 1; cut < full.length; cut++) {
            var r = read("cut.jsonl.gz", Arrays.copyOf(full, cut));

            // Lines of the cut member that decoded whole are kept too (a cut in its trailer loses none).
            assertThat(r.docs()).as("cut at %d", cut).extracting(Document::text).startsWith("a", "b");
            assertThat(r.kinds()).as("cut at %d", cut).containsExactly("truncated");
            InputError e = r.errors().get(0);
            assertThat(e.line()).as("cut at %d", cut).isEqualTo(r.docs().size() + 1);
        }
    }

    @Test
    void aZstdJsonlCutShortIsReportedTruncatedAndKeepsWhatCameBefore() {
        byte[] first = Zstd.compress(utf8("{\"text\": \"a\"}\n"));
        byte[] last = Zstd.compress(utf8("{\"text\": \"b\", \"pad\": \"" + "isi ".repeat(30) + "\"}\n"));
        byte[] full = concat(first, last);
        for (int cut = first.length + 1; cut < full.length; cut++) {
            var r = read("cut.jsonl.zst", Arrays.copyOf(full, cut));

            assertThat(r.docs()).as("cut at %d", cut).extracting(Document::text).containsExactly("a");
            assertThat(r.errors()).as("cut at %d", cut).hasSize(1);
        }
    }

    @Test
    void bytesAfterTheLastGzipMemberAreReportedAfterTheLinesBeforeThem() {
        var r = read("a.jsonl.gz", concat(gzip(utf8("{\"text\": \"a\"}\n")), utf8("trailing junk")));

        assertThat(r.docs()).extracting(Document::text).containsExactly("a");
        assertThat(r.kinds()).containsExactly("corrupt");
    }

    @Test
    void anEmptyFileAndAnEmptyGzipAreReportedEmpty() {
        assertThat(read("empty.jsonl", new byte[0]).kinds()).containsExactly("empty-file");
        assertThat(read("empty.jsonl.gz", gzip(new byte[0])).kinds()).containsExactly("empty-file");
    }
}
