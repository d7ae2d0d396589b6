package dev.saring.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.saring.io.WarcFixture.gzip;
import static dev.saring.io.WarcFixture.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReadersTest {

    @TempDir
    Path dir;

    private Path touch(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.write(p, utf8("{\"text\": \"" + relative + "\"}\n"));
    }

    private static String arg(Path p) {
        return p.toString();
    }

    @Test
    void aDirectoryIsWalkedRecursivelySortedAndSkipsHiddenAndMarkerFiles() throws IOException {
        touch("crawl/b.jsonl");
        touch("crawl/a.jsonl");
        touch("crawl/sub/c.jsonl");
        touch("crawl/_SUCCESS");
        touch("crawl/.part-0.crc");
        touch("crawl/.hidden/d.jsonl");
        touch("crawl/_temporary/e.jsonl");
        String base = arg(dir.resolve("crawl"));

        List<InputFile> files = Readers.expand(List.of(base + "/"));

        assertThat(files).extracting(InputFile::name).containsExactly(base + "/a.jsonl", base + "/b.jsonl", base + "/sub/c.jsonl");
        assertThat(files).extracting(InputFile::shard).containsExactly(0, 1, 2);
    }

    @Test
    void namesOfDirectoryMembersAreTheArgumentJoinedWithTheRelativePath() throws IOException {
        touch("crawl/sub/c.jsonl");
        String base = arg(dir.resolve("crawl"));

        assertThat(Readers.expand(List.of(base))).extracting(InputFile::name).containsExactly(base + "/sub/c.jsonl");
    }

    @Test
    void aFileArgumentKeepsItsNameAsGiven() throws IOException {
        Path f = touch("x/.hidden-but-named.jsonl");

        assertThat(Readers.expand(List.of(arg(f)))).extracting(InputFile::name, InputFile::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(arg(f), f));
    }

    @Test
    void globsMatchFilesAndDoubleStarMatchesAnyDepthIncludingNone() throws IOException {
        touch("crawl/a.warc.gz");
        touch("crawl/notes.txt");
        touch("crawl/2024/b.warc.gz");
        touch("crawl/2024/05/c.warc.gz");
        String base = arg(dir.resolve("crawl"));

        assertThat(Readers.expand(List.of(base + "/*.warc.gz"))).extracting(InputFile::name).containsExactly(base + "/a.warc.gz");
        assertThat(Readers.expand(List.of(base + "/**/*.warc.gz"))).extracting(InputFile::name)
                .containsExactly(base + "/2024/05/c.warc.gz", base + "/2024/b.warc.gz", base + "/a.warc.gz");
        assertThat(Readers.expand(List.of(base + "/*/b.warc.gz"))).extracting(InputFile::name).containsExactly(base + "/2024/b.warc.gz");
    }

    @Test
    void allArgumentsAreSortedTogetherAndAFileNamedTwiceIsListedOnce() throws IOException {
        touch("z/1.jsonl");
        touch("a/2.jsonl");
        String z = arg(dir.resolve("z"));
        String a = arg(dir.resolve("a"));

        List<InputFile> files = Readers.expand(List.of(z, a, a + "/2.jsonl"));

        assertThat(files).extracting(InputFile::name).containsExactly(a + "/2.jsonl", z + "/1.jsonl");
        assertThat(files).extracting(InputFile::shard).containsExactly(0, 1);
    }

    @Test
    void aMissingPathOrAnEmptyGlobIsANoSuchFileExceptionThatNamesIt() {
        String missing = arg(dir.resolve("nope.warc.gz"));
        String glob = arg(dir) + "/*.nothing";

        assertThatThrownBy(() -> Readers.expand(List.of(missing))).isInstanceOf(NoSuchFileException.class).hasMessageContaining(missing);
        assertThatThrownBy(() -> Readers.expand(List.of(glob))).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining(glob).hasMessageContaining("matches no file");
    }

    @Test
    void autoPicksTheFormatByNameThenByContent() throws IOException {
        assertThat(Readers.detect(input("a.warc.gz", gzip(utf8("x"))))).isEqualTo(InputFormat.WARC);
        assertThat(Readers.detect(input("a.arc", utf8("x")))).isEqualTo(InputFormat.WARC);
        assertThat(Readers.detect(input("CC.warc.wet.gz", utf8("x")))).isEqualTo(InputFormat.WET);
        assertThat(Readers.detect(input("a.ndjson.zst", utf8("x")))).isEqualTo(InputFormat.JSONL);
        assertThat(Readers.detect(input("a.json", utf8("x")))).isEqualTo(InputFormat.JSONL);
        assertThat(Readers.detect(input("a.HTM", utf8("x")))).isEqualTo(InputFormat.HTML);
        assertThat(Readers.detect(input("a.txt", utf8("{")))).isEqualTo(InputFormat.TEXT);
        assertThat(Readers.detect(input("part-0", gzip(utf8("WARC/1.0\r\n"))))).isEqualTo(InputFormat.WARC);
        assertThat(Readers.detect(input("part-1", gzip(utf8("  {\"text\": 1}"))))).isEqualTo(InputFormat.JSONL);
        assertThat(Readers.detect(input("part-2", utf8("\ufeff<!doctype html>")))).isEqualTo(InputFormat.HTML);
        assertThat(Readers.detect(input("part-3", utf8("Halo")))).isEqualTo(InputFormat.TEXT);
    }

    private InputFile input(String name, byte[] content) {
        return new InputFile(ReadAll.write(dir, name, content), name, 0);
    }

    @Test
    void anExplicitFormatOverridesTheName() {
        InputFile f = input("data.txt", utf8("{\"text\": \"a\"}\n"));

        assertThat(ReadAll.of(f, InputFormat.JSONL, ReaderOptions.DEFAULTS).docs()).hasSize(1);
        assertThat(ReadAll.of(f, InputFormat.TEXT, ReaderOptions.DEFAULTS).docs().get(0).text()).isEqualTo("{\"text\": \"a\"}\n");
    }

    @Test
    void aFileThatCannotBeOpenedIsReportedUnreadableAndGivesAnEmptyReader() throws IOException {
        var gone = new InputFile(dir.resolve("gone.jsonl"), "gone.jsonl", 0);
        var folder = new InputFile(Files.createDirectories(dir.resolve("folder.jsonl")), "folder.jsonl", 1);

        for (InputFile f : List.of(gone, folder)) {
            var r = ReadAll.of(f, InputFormat.AUTO, ReaderOptions.DEFAULTS);
            assertThat(r.docs()).isEmpty();
            assertThat(r.kinds()).containsExactly("unreadable");
            assertThat(r.errors().get(0).file()).isEqualTo(f.name());
        }
    }

    @Test
    void anEmptyFileOfAnyFormatIsReportedAndGivesNoDocument() {
        for (String name : List.of("e.warc.gz", "e.wet", "e.jsonl", "e.html", "e.txt", "e")) {
            var r = ReadAll.of(input(name, new byte[0]), InputFormat.AUTO, ReaderOptions.DEFAULTS);
            assertThat(r.docs()).as(name).isEmpty();
            assertThat(r.kinds()).as(name).containsExactly("empty-file");
        }
    }

    @Test
    void aWarcWithNoRecordInsideItsCompressionIsReportedEmpty() {
        var r = ReadAll.of(input("e.warc.gz", gzip(new byte[0])), InputFormat.AUTO, ReaderOptions.DEFAULTS);

        assertThat(r.docs()).isEmpty();
        assertThat(r.kinds()).containsExactly("empty-file");
    }

    @Test
    void bytesReadReachesTheCompressedSizeAtTheEnd() throws IOException {
        byte[] file = gzip(utf8("{\"text\": \"a\"}\n".repeat(1000)));
        InputFile f = input("a.jsonl.gz", file);
        try (DocumentReader r = Readers.open(f, InputFormat.AUTO, ReaderOptions.DEFAULTS, e -> { })) {
            assertThat(r.documents().count()).isEqualTo(1000);
            assertThat(r.bytesRead()).isEqualTo(file.length);
        }
    }
}
