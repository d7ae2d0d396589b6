package dev.saring.io;

import com.github.luben.zstd.Zstd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipException;

import static dev.saring.io.WarcFixture.concat;
import static dev.saring.io.WarcFixture.gzip;
import static dev.saring.io.WarcFixture.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CompressionTest {

    @TempDir
    Path dir;

    private static byte[] readAll(byte[] file) throws IOException {
        try (InputStream in = Compression.open(new ByteArrayInputStream(file))) {
            return in.readAllBytes();
        }
    }

    @Test
    void magicBytesTellTheCompression() {
        assertThat(Compression.sniff(gzip(utf8("x")), 4)).isEqualTo(Compression.GZIP);
        byte[] zstd = Zstd.compress(utf8("x"));
        assertThat(Compression.sniff(zstd, zstd.length)).isEqualTo(Compression.ZSTD);
        assertThat(Compression.sniff(utf8("WARC/1.0"), 8)).isEqualTo(Compression.NONE);
        assertThat(Compression.sniff(new byte[]{0x1f}, 1)).isEqualTo(Compression.NONE);
        assertThat(Compression.sniff(new byte[0], 0)).isEqualTo(Compression.NONE);
    }

    @Test
    void theNameOfAFileIsNeverTrusted() throws IOException {
        Path plainNamedGz = ReadAll.write(dir, "plain.gz", utf8("just text"));
        Path gzipNamedTxt = ReadAll.write(dir, "packed.txt", gzip(utf8("packed text")));

        assertThat(Compression.of(plainNamedGz)).isEqualTo(Compression.NONE);
        assertThat(Compression.of(gzipNamedTxt)).isEqualTo(Compression.GZIP);
        try (InputStream in = Compression.open(gzipNamedTxt)) {
            assertThat(in.readAllBytes()).isEqualTo(utf8("packed text"));
        }
    }

    @Test
    void aGzipCutInsideItsTrailerKeepsFailingWithTheSameErrorWhenReadAgain() throws IOException {
        byte[] whole = gzip(utf8("satu dua tiga"));
        byte[] cut = Arrays.copyOf(whole, whole.length - 3);
        try (InputStream in = Compression.open(new ByteArrayInputStream(cut))) {
            byte[] buf = new byte[64];
            IOException first = null;
            try {
                while (in.read(buf) >= 0) {
                    // read to the cut
                }
            } catch (IOException e) {
                first = e;
            }
            assertThat(first).isInstanceOf(EOFException.class).hasMessageContaining("trailer");
            // a reader that reports the error and reads on gets the same error, not a wrong index
            assertThatThrownBy(() -> in.read(buf)).isSameAs(first);
        }
    }

    @Test
    void allMembersOfAMultiMemberGzipAreRead() throws IOException {
        assertThat(readAll(concat(gzip(utf8("satu ")), gzip(new byte[0]), gzip(utf8("dua"))))).isEqualTo(utf8("satu dua"));
    }

    @Test
    void allFramesOfAMultiFrameZstdAreRead() throws IOException {
        assertThat(readAll(concat(Zstd.compress(utf8("satu ")), Zstd.compress(utf8("dua"))))).isEqualTo(utf8("satu dua"));
    }

    @Test
    void plainBytesPassThrough() throws IOException {
        assertThat(readAll(utf8("{\"a\":1}"))).isEqualTo(utf8("{\"a\":1}"));
        assertThat(readAll(new byte[0])).isEmpty();
    }

    @Test
    void aGzipCutAnywhereAfterItsMagicNumberFailsRatherThanEndingQuietly() {
        byte[] two = concat(gzip(utf8("first member ")), gzip(utf8("second member, a little longer")));
        // One byte is not yet a gzip magic number: such a file is read as plain bytes.
        for (int cut = 2; cut < two.length; cut++) {
            if (cut == gzip(utf8("first member ")).length) continue;   // a whole first member is a complete file
            byte[] cutFile = Arrays.copyOf(two, cut);
            assertThatThrownBy(() -> readAll(cutFile), "cut at %d", cut).isInstanceOf(EOFException.class);
        }
    }

    @Test
    void bytesAfterTheLastMemberThatAreNotGzipAreAnError() {
        assertThatThrownBy(() -> readAll(concat(gzip(utf8("a")), utf8("junk")))).isInstanceOf(ZipException.class);
    }

    @Test
    void aDamagedCrcIsAnError() {
        byte[] g = gzip(utf8("some text to protect"));
        g[g.length - 8] ^= 1;
        assertThatThrownBy(() -> readAll(g)).isInstanceOf(ZipException.class).hasMessageContaining("CRC");
    }

    @Test
    void theDataBeforeACutIsReturnedBeforeTheError() throws IOException {
        byte[] first = gzip(utf8("complete\n"));
        byte[] cut = Arrays.copyOf(concat(first, gzip(utf8("lost"))), first.length + 5);
        var got = new java.io.ByteArrayOutputStream();
        try (InputStream in = Compression.open(new ByteArrayInputStream(cut))) {
            byte[] buf = new byte[4];
            int n;
            while ((n = in.read(buf)) >= 0) got.write(buf, 0, n);
        } catch (EOFException expected) {
            // the cut
        }
        assertThat(got.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("complete\n");
    }
}
