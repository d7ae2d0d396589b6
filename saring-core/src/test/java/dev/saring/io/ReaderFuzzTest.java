package dev.saring.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.saring.model.Document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz targets for the readers: any bytes give documents, errors and skips, never an exception, and every
 * error names the file and a kind. In a normal test run each target replays its committed seeds
 * ({@code ReaderFuzzTestInputs/<target>/}, plus any crasher found since); {@code bench/fuzz.sh} fuzzes one.
 * A small record cap makes the too-large paths reachable with small inputs.
 */
class ReaderFuzzTest {

    private static final ReaderOptions SMALL_CAP = ReaderOptions.DEFAULTS.withMaxDocBytes(4096);
    private static final Path SCRATCH = scratch();

    private static Path scratch() {
        try {
            Path dir = Files.createTempDirectory("saring-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest
    void warc(byte[] input) throws IOException {
        readFile("fuzz.warc", input, InputFormat.WARC);
    }

    @FuzzTest
    void wet(byte[] input) throws IOException {
        readFile("fuzz.wet", input, InputFormat.WET);
    }

    @FuzzTest
    void jsonl(byte[] input) throws IOException {
        var errors = new ArrayList<InputError>();
        var file = new InputFile(Path.of("fuzz.jsonl"), "fuzz.jsonl", 0);
        try (var r = new JsonlDocumentReader(file, InputSplit.whole(0), false, new ByteArrayInputStream(input), SMALL_CAP, errors::add)) {
            check(drain(r), errors, "fuzz.jsonl");
        }
    }

    @FuzzTest
    void csv(byte[] input) throws IOException {
        var errors = new ArrayList<InputError>();
        var file = new InputFile(Path.of("fuzz.csv"), "fuzz.csv", 0);
        try (var r = new CsvDocumentReader(file, 0, new ByteArrayInputStream(input), ',', SMALL_CAP, errors::add)) {
            check(drain(r), errors, "fuzz.csv");
        }
    }

    /** The gzip member decoder under every compressed reader: fails with an IOException or gives bytes, nothing else. */
    @FuzzTest
    void gzipMembers(byte[] input) {
        try (var in = Compression.open(new ByteArrayInputStream(input))) {
            byte[] buf = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buf)) >= 0 && total < (64 << 20); ) total += n;
        } catch (IOException expected) {
            // a damaged stream is an IOException, which the readers report with its place
        }
    }

    private static void readFile(String name, byte[] input, InputFormat format) throws IOException {
        Path p = SCRATCH.resolve(name);
        Files.write(p, input);
        var errors = new ArrayList<InputError>();
        var file = new InputFile(p, name, 0);
        try (var r = input.length == 0 ? new EmptyReader()
                : new WarcDocumentReader(file, InputSplit.whole(0), FileChannel.open(p, StandardOpenOption.READ), SMALL_CAP, errors::add)) {
            check(drain(r), errors, name);
        }
    }

    private static List<Document> drain(DocumentReader r) throws IOException {
        var docs = new ArrayList<Document>();
        for (var d = r.next(); d.isPresent(); d = r.next()) docs.add(d.get());
        assertThat(r.next()).as("a finished reader stays finished").isEmpty();
        return docs;
    }

    private static void check(List<Document> docs, List<InputError> errors, String name) {
        for (Document d : docs) {
            assertThat(d.id()).isNotEmpty();
            assertThat(d.source().file()).isEqualTo(name);
            d.raw().ifPresent(raw -> assertThat(raw.bytes().length).isLessThanOrEqualTo(SMALL_CAP.maxDocBytes()));
        }
        for (InputError e : errors) {
            assertThat(e.file()).isEqualTo(name);
            assertThat(e.kind()).isNotBlank();
            assertThat(e.message()).isNotBlank();
        }
    }
}
