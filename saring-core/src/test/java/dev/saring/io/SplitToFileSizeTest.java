package dev.saring.io;

import dev.saring.model.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A plan ends a file's last shard at the file's size; a malformed record that jwarc places at that very
 * offset (warcio's bad non-chunked example) must still be read, as a read of the whole file reads it.
 */
class SplitToFileSizeTest {

    private static final Path WARCS = Path.of("../../shared/corpora/warc");

    @Test
    void aSplitEndingAtTheFileSizeReadsWhatTheWholeFileHolds() throws IOException {
        Path dir = Files.isDirectory(WARCS) ? WARCS : Path.of("../shared/corpora/warc");
        assumeTrue(Files.isDirectory(dir), "no ../shared/corpora/warc: skipped");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().contains(".warc")).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "no WARC files in " + dir);
        for (Path p : files) {
            var file = new InputFile(p, p.getFileName().toString(), 0);
            assertThat(ids(file, new InputSplit(0, 0, Files.size(p), 1))).as(p.toString())
                    .isEqualTo(ids(file, InputSplit.whole(0)));
        }
    }

    private static List<String> ids(InputFile file, InputSplit split) throws IOException {
        var out = new ArrayList<String>();
        try (DocumentReader r = Readers.open(file, split, InputFormat.AUTO, ReaderOptions.DEFAULTS, e -> out.add("error:" + e))) {
            for (java.util.Optional<Document> d; (d = r.next()).isPresent(); ) out.add(d.get().id());
        }
        return out;
    }
}
