package dev.saring.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dev.saring.io.WarcFixture.ascii;
import static dev.saring.io.WarcFixture.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class WarcResilienceTest {

    @TempDir
    Path dir;

    private static final int TRAILER_BYTES = 4;
    private static final String PAGE = "<html><body><p>Sebuah halaman yang cukup panjang untuk dikompresi.</p></body></html>";

    private static WarcFixture threePages(WarcFixture w) {
        return w.request(1, "https://a.id/").response(2, "https://a.id/", PAGE).response(3, "https://b.id/", PAGE);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aGzipWarcCutAtEveryByteOfItsLastMemberKeepsAllEarlierRecordsAndReportsTheCut() {
        var w = threePages(WarcFixture.gzipped()).response(4, "https://c.id/", PAGE);
        byte[] full = w.bytes();
        int lastMember = w.offsets().get(3).intValue();
        Path file = dir.resolve("cut.warc.gz");
        for (int cut = lastMember + 1; cut < full.length; cut++) {
            ReadAll.write(dir, "cut.warc.gz", Arrays.copyOf(full, cut));
            var read = ReadAll.of(file);

            assertThat(read.ids()).as("cut at %d", cut).containsExactly(uuid(2), uuid(3));
            assertThat(read.errors()).as("cut at %d", cut).hasSize(1);
            assertThat(read.errors().get(0).offset()).as("cut at %d", cut).isEqualTo(lastMember);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aPlainWarcCutAtEveryByteOfItsLastRecordKeepsAllEarlierRecords() {
        var w = threePages(WarcFixture.plain()).response(4, "https://c.id/", PAGE);
        byte[] full = w.bytes();
        int last = w.offsets().get(3).intValue();
        Path file = dir.resolve("cut.warc");
        // A cut inside the final "\r\n\r\n" leaves the record whole: jwarc only warns, and so do we not.
        for (int cut = last + 1; cut < full.length - TRAILER_BYTES; cut++) {
            ReadAll.write(dir, "cut.warc", Arrays.copyOf(full, cut));
            var read = ReadAll.of(file);

            assertThat(read.ids()).as("cut at %d", cut).startsWith(uuid(2), uuid(3)).doesNotContain(uuid(4));
            assertThat(read.errors()).as("cut at %d", cut).isNotEmpty();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aZstdWarcCutAnywhereInItsLastFrameKeepsTheRecordsOfEarlierFrames() {
        byte[] firstFrame = com.github.luben.zstd.Zstd.compress(threePages(WarcFixture.plain()).bytes());
        byte[] lastFrame = com.github.luben.zstd.Zstd.compress(WarcFixture.plain().response(4, "https://c.id/", PAGE).bytes());
        byte[] full = WarcFixture.concat(firstFrame, lastFrame);
        Path file = dir.resolve("cut.warc.zst");
        for (int cut = firstFrame.length + 1; cut < full.length; cut++) {
            ReadAll.write(dir, "cut.warc.zst", Arrays.copyOf(full, cut));
            var read = ReadAll.of(file);

            assertThat(read.ids()).as("cut at %d", cut).containsExactly(uuid(2), uuid(3));
            assertThat(read.errors()).as("cut at %d", cut).hasSize(1);
        }
    }

    @Test
    void aCorruptGzipMemberInTheMiddleIsReportedAndTheRecordsAfterItAreRead() {
        var w = threePages(WarcFixture.gzipped()).response(4, "https://c.id/", PAGE).response(5, "https://d.id/", PAGE);
        byte[] bytes = w.bytes();
        int damaged = w.offsets().get(2).intValue();
        // Overwrite deflate data in the middle of record 3's member.
        for (int i = damaged + 20; i < damaged + 40; i++) bytes[i] = (byte) 0xA5;
        var read = ReadAll.of(ReadAll.write(dir, "x.warc.gz", bytes));

        assertThat(read.ids()).containsExactly(uuid(2), uuid(4), uuid(5));
        assertThat(read.errors()).hasSize(1);
        assertThat(read.errors().get(0).offset()).isEqualTo(damaged);
        assertThat(read.errors().get(0).file()).isEqualTo("x.warc.gz");
    }

    @Test
    void garbageBetweenGzipMembersIsSkippedToTheNextRecord() {
        var w = WarcFixture.gzipped().response(1, "https://a.id/", PAGE)
                .garbage(ascii("this is not gzip at all, but has a fake magic \u001f\u008b in it"))
                .response(2, "https://b.id/", PAGE);
        var read = ReadAll.of(ReadAll.write(dir, "x.warc.gz", w.bytes()));

        assertThat(read.ids()).containsExactly(uuid(1), uuid(2));
        assertThat(read.errors()).hasSize(1);
    }

    @Test
    void aMemberThatHoldsABadWarcHeaderIsReportedAndReadingGoesOn() {
        var w = WarcFixture.gzipped().response(1, "https://a.id/", PAGE)
                .rawRecord(ascii("WARC/1.0\r\nThis header line has no colon\r\n\r\n"))
                .response(3, "https://c.id/", PAGE);
        var read = ReadAll.of(ReadAll.write(dir, "x.warc.gz", w.bytes()));

        assertThat(read.ids()).containsExactly(uuid(1), uuid(3));
        assertThat(read.kinds()).containsExactly("bad-record");
        assertThat(read.errors().get(0).offset()).isEqualTo(w.offsets().get(1));
    }

    @Test
    void aPlainRecordWithAWrongContentLengthIsReportedAndTheNextWarcLineIsFound() {
        byte[] good = WarcFixture.plain().response(1, "https://a.id/", PAGE).bytes();
        String badRecord = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <" + uuid(2) + ">\r\n"
                + "Content-Type: application/http\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200 OK\r\n\r\nshort\r\n\r\n";
        byte[] after = WarcFixture.plain().response(3, "https://c.id/", PAGE).response(4, "https://d.id/", PAGE).bytes();
        var read = ReadAll.of(ReadAll.write(dir, "x.warc", WarcFixture.concat(good, ascii(badRecord), after)));

        assertThat(read.ids()).containsExactly(uuid(1), uuid(3), uuid(4));
        assertThat(read.errors()).hasSize(1);
        assertThat(read.errors().get(0).offset()).isEqualTo(good.length);
    }

    @Test
    void aPlainRecordWithAnUnparseableHeaderIsSkippedToTheNextRecord() {
        byte[] good = WarcFixture.plain().response(1, "https://a.id/", PAGE).bytes();
        byte[] junk = ascii("WARC/1.0\r\nContent-Length: banana\r\n\r\nstuff\r\n\r\n");
        byte[] after = WarcFixture.plain().response(3, "https://c.id/", PAGE).bytes();
        var read = ReadAll.of(ReadAll.write(dir, "x.warc", WarcFixture.concat(good, junk, after)));

        assertThat(read.ids()).containsExactly(uuid(1), uuid(3));
        assertThat(read.errors()).hasSize(1);
    }

    @Test
    void aBrokenHttpHeaderSpoilsOnlyItsOwnRecord() {
        var w = WarcFixture.gzipped()
                .record("response", 1, "https://a.id/", "application/http", ascii("NOT HTTP AT ALL\u0000\u0001\r\n\r\n"), Map.of())
                .response(2, "https://b.id/", PAGE);
        var read = ReadAll.of(ReadAll.write(dir, "x.warc.gz", w.bytes()));

        assertThat(read.ids()).containsExactly(uuid(2));
        assertThat(read.kinds()).containsExactly("bad-record");
        assertThat(read.errors().get(0).offset()).isEqualTo(w.offsets().get(0));
    }

    @Test
    void aFileThatIsNotAWarcAtAllEndsWithAnErrorAndNoDocument() {
        var read = ReadAll.of(ReadAll.write(dir, "fake.warc.gz", WarcFixture.gzip(ascii("hello, I am a text file\n".repeat(50)))));

        assertThat(read.docs()).isEmpty();
        assertThat(read.errors()).hasSize(1);
    }

    @Test
    void randomBytesNamedWarcNeverEscapeAsAnException() {
        var random = new java.util.Random(7);
        for (int round = 0; round < 50; round++) {
            byte[] b = new byte[1 + random.nextInt(4000)];
            random.nextBytes(b);
            if (round % 2 == 0 && b.length > 3) {
                b[0] = 0x1f;
                b[1] = (byte) 0x8b;
                b[2] = 8;
                b[3] = 0;
            }
            Path file = ReadAll.write(dir, "r.warc.gz", b);
            assertThatCode(() -> ReadAll.of(file)).doesNotThrowAnyException();
        }
    }

    @Test
    void aFailFastHandlerStopsAtTheFirstDamagedRecord() {
        var w = WarcFixture.gzipped().response(1, "https://a.id/", PAGE).garbage(ascii("xx")).response(2, "https://b.id/", PAGE);
        Path file = ReadAll.write(dir, "x.warc.gz", w.bytes());
        var input = new InputFile(file, "x.warc.gz", 0);
        var ids = new java.util.ArrayList<String>();

        assertThatCode(() -> {
            try (DocumentReader r = Readers.open(input, InputFormat.AUTO, ReaderOptions.DEFAULTS, InputErrorHandler.failFast())) {
                for (var d : r) ids.add(d.id());
            }
        }).isInstanceOf(InputException.class);
        assertThat(ids).containsExactly(uuid(1));
    }
}
