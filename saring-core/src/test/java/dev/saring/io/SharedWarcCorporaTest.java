package dev.saring.io;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every file of the shared WARC corpus (Common Crawl, ClueWeb, wget, deliberately broken files; see its
 * SOURCES.txt) is read without an exception escaping, and for the files that plain jwarc reads to the end,
 * saring finds exactly the documents (2xx HTML responses, HTML resources, WET conversions) that plain
 * jwarc counts.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SharedWarcCorporaTest {

    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");

    private static Path corpus() {
        String shared = System.getProperty("saring.shared", "");
        return Path.of(shared.isEmpty() ? "shared-not-configured" : shared, "corpora", "warc");
    }

    private static void assumeCorpusPresent() {
        assumeTrue(Files.isDirectory(corpus()), "the shared WARC corpus is absent (" + corpus() + "): skipped");
    }

    /** The corpus files; when the corpus is absent, one stand-in so that each test shows up as skipped. */
    static Stream<Named<Path>> corpusFiles() throws IOException {
        Path dir = corpus();
        if (!Files.isDirectory(dir)) return Stream.of(Named.of("corpus absent", dir));
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> list = files.filter(Files::isRegularFile).sorted().toList();
            return list.stream().map(p -> Named.of(p.getFileName().toString(), p));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void everyFileIsReadWithoutAnExceptionEscaping(Path file) {
        assumeCorpusPresent();
        var read = ReadAll.of(file);

        assertThat(read.docs()).allSatisfy(d -> assertThat(d.source().file()).isEqualTo(file.getFileName().toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void documentsMatchAnIndependentCountByPlainJwarc(Path file) throws IOException {
        assumeCorpusPresent();
        String name = file.getFileName().toString();
        assumeTrue(name.matches(".*\\.(warc|arc|wet|wat)(\\.gz)?$"), "not a WARC-family file");
        var read = ReadAll.of(file);
        PlainCount plain = plainCount(file);

        if (plain.failure() == null) {
            assertThat(read.errors()).as("errors of a file jwarc reads to the end").isEmpty();
            assertThat(read.docs()).hasSize(plain.pages());
        } else {
            assertThat(read.errors()).as("a broken file is reported (jwarc: %s)", plain.failure()).isNotEmpty();
            assertThat(read.docs().size()).isGreaterThanOrEqualTo(plain.pagesBeforeFailure());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void jsonlFilesGiveOneDocumentPerNonBlankLine(Path file) throws IOException {
        assumeCorpusPresent();
        assumeTrue(file.getFileName().toString().endsWith(".jsonl.gz"), "not a gzip JSONL file");
        long lines;
        try (var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            lines = in.lines().filter(l -> !l.isBlank()).count();
        }
        var read = ReadAll.of(file);

        assertThat(read.errors()).isEmpty();
        assertThat(read.docs()).hasSize((int) lines);
    }

    /** Documents counted by iterating jwarc plainly, and the exception that stopped it, if any. */
    private record PlainCount(int pages, int pagesBeforeFailure, String failure) {
    }

    private static PlainCount plainCount(Path file) {
        int pages = 0;
        try (var reader = new WarcReader(file)) {
            reader.setLenient(true);
            for (WarcRecord r : reader) {
                boolean page = isDocument(r);
                r.body().consume();   // a record counts once all of it could be read
                if (page) pages++;
            }
        } catch (IOException | RuntimeException e) {
            return new PlainCount(-1, pages, e.toString());
        }
        return new PlainCount(pages, pages, null);
    }

    private static boolean isDocument(WarcRecord r) throws IOException {
        if (r.type().equals("conversion")) return true;
        if (r instanceof WarcResponse response && r.type().equals("response")) {
            var http = response.http();
            String type = http.headers().first("Content-Type").map(MediaType::parseLeniently)
                    .map(t -> (t.type() + "/" + t.subtype()).toLowerCase(Locale.ROOT)).orElse("");
            return http.status() / 100 == 2 && HTML.contains(type);
        }
        if (r.type().equals("resource")) {
            String type = r.headers().first("Content-Type").map(MediaType::parseLeniently)
                    .map(t -> (t.type() + "/" + t.subtype()).toLowerCase(Locale.ROOT)).orElse("");
            return HTML.contains(type);
        }
        return false;
    }
}
