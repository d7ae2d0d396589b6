package dev.saring.io;

import dev.saring.model.Document;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the target size, the splits of a file cover it without gap or overlap, each starts at a record,
 * and reading them one after the other yields every record exactly once, with the offsets, line numbers,
 * ids and errors of reading the whole file.
 */
class InputSplitsPropertyTest {

    /** What a reader made of a record, without the shard and index that differ by design. */
    private record Seen(String id, String text, long offset, long line, int rawLength) {
        static Seen of(Document d) {
            return new Seen(d.id(), d.text(), d.source().offset(), d.source().line(),
                    d.raw().map(r -> r.bytes().length).orElse(-1));
        }
    }

    private record Read(List<Seen> docs, List<InputError> errors, Map<String, Long> skipped) {
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> text = Arbitraries.strings().withChars("abc xyz\u00e9\u4e2d\"\\").ofMaxLength(40);
        return Arbitraries.oneOf(
                text.map(t -> "{\"text\":\"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}"),
                text.map(t -> "{\"id\":\"x" + t.length() + "\",\"text\":\"" + t.replace("\\", "").replace("\"", "") + "\"}"),
                Arbitraries.just(""),
                Arbitraries.just("   "),
                Arbitraries.just("not json"),
                Arbitraries.just("[1, 2]"),
                Arbitraries.just("{\"other\":1}"));
    }

    @Property(tries = 150)
    void jsonLinesAreReadExactlyOnceWhateverTheCut(@ForAll @Size(min = 1, max = 60) List<@From("lines") String> lines,
                                                    @ForAll boolean crlf, @ForAll boolean finalNewline,
                                                    @ForAll @IntRange(min = 1, max = 4000) int target) throws IOException {
        String eol = crlf ? "\r\n" : "\n";
        String content = String.join(eol, lines) + (finalNewline ? eol : "");
        Path file = write("x.jsonl", content.getBytes(StandardCharsets.UTF_8));
        checkSplits(file, target);
    }

    @Provide
    Arbitrary<byte[]> records() {
        Arbitrary<String> text = Arbitraries.strings().withChars("abc xyz\u00e9\n").ofMinLength(1).ofMaxLength(300);
        return Arbitraries.oneOf(
                text.map(t -> new byte[] {'c'}),
                text.map(t -> ("c" + t).getBytes(StandardCharsets.UTF_8)),
                text.map(t -> ("r" + t).getBytes(StandardCharsets.UTF_8)),
                Arbitraries.just(new byte[] {'q'}),
                // a gzip member that is not a record: never a place to cut, and the same error either way
                text.map(t -> ("g" + t).getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 100)
    void warcRecordsOfOneGzipMemberEachAreReadExactlyOnceWhateverTheCut(
            @ForAll @Size(min = 1, max = 30) List<@From("records") byte[]> records,
            @ForAll @IntRange(min = 1, max = 6000) int target) throws IOException {
        var w = WarcFixture.gzipped();
        int n = 0;
        for (byte[] r : records) {
            byte[] body = Arrays.copyOfRange(r, 1, r.length);
            switch (r[0]) {
                case 'c' -> w.conversion(++n, "https://a.id/" + n, null, body);
                case 'r' -> w.response(++n, "https://a.id/" + n, "<html><p>" + new String(body, StandardCharsets.UTF_8) + "</p></html>");
                case 'q' -> w.request(++n, "https://a.id/" + n);
                default -> w.garbage(WarcFixture.gzip(body));
            }
        }
        checkSplits(write("x.warc.gz", w.bytes()), target);
    }

    private void checkSplits(Path file, int target) throws IOException {
        var input = new InputFile(file, file.getFileName().toString(), 0);
        List<InputSplit> splits = InputSplits.of(input, InputFormat.AUTO, target, 5);
        long size = Files.size(file);
        byte[] bytes = Files.readAllBytes(file);
        long expectedStart = 0;
        for (int k = 0; k < splits.size(); k++) {
            InputSplit s = splits.get(k);
            assertThat(s.shard()).isEqualTo(5 + k);
            assertThat(s.start()).isEqualTo(expectedStart);
            assertThat(s.end()).isGreaterThan(s.start());
            if (k > 0 && file.toString().endsWith(".jsonl")) assertThat(bytes[(int) s.start() - 1]).isEqualTo((byte) '\n');
            if (k > 0 && file.toString().endsWith(".gz")) assertThat(bytes[(int) s.start()]).isEqualTo((byte) 0x1f);
            expectedStart = s.end();
        }
        assertThat(splits.get(splits.size() - 1).end()).isEqualTo(Long.MAX_VALUE);
        if (size <= target) assertThat(splits).hasSize(1);

        Read whole = read(input, InputSplit.whole(0));
        var docs = new ArrayList<Seen>();
        var errors = new ArrayList<InputError>();
        var skipped = new TreeMap<String, Long>();
        for (InputSplit s : splits) {
            Read part = read(input, s);
            docs.addAll(part.docs());
            errors.addAll(part.errors());
            part.skipped().forEach((k, v) -> skipped.merge(k, v, Long::sum));
        }
        assertThat(docs).isEqualTo(whole.docs());
        assertThat(errors).isEqualTo(whole.errors());
        assertThat(skipped).isEqualTo(new TreeMap<>(whole.skipped()));
    }

    private static Read read(InputFile input, InputSplit split) throws IOException {
        var errors = new ArrayList<InputError>();
        var docs = new ArrayList<Seen>();
        try (DocumentReader r = Readers.open(input, split, InputFormat.AUTO, ReaderOptions.DEFAULTS, errors::add)) {
            long index = 0;
            for (Document d : r) {
                assertThat(d.source().shard()).isEqualTo(split.shard());
                assertThat(d.source().index()).isEqualTo(index++);
                docs.add(Seen.of(d));
            }
            return new Read(docs, errors, Map.copyOf(r.skipped()));
        }
    }

    private Path dir;

    @AfterProperty
    void deleteFiles() throws IOException {
        if (dir == null) return;
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) Files.delete(f);
        }
        Files.delete(dir);
        dir = null;
    }

    private Path write(String name, byte[] content) {
        try {
            if (dir == null) dir = Files.createTempDirectory("splits");
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
