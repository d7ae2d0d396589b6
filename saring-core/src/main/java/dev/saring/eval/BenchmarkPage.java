package dev.saring.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * One page of an extraction benchmark: its HTML file and the text a perfect extractor would give.
 *
 * <pre>{@code
 * for (BenchmarkPage p : ExtractionBenchmark.read(dir, BenchmarkLayout.ZYTE).pages()) {
 *     byte[] html = p.html();
 * }
 * }</pre>
 *
 * @param id      the page's name in the benchmark (file name without extensions)
 * @param url     the page's address, or empty when the benchmark does not give it
 * @param file    the HTML file, plain or gzipped
 * @param charset the charset the benchmark declares for the HTML bytes, or null when it does not say
 * @param gold    the gold text
 * @param group   what the benchmark says the page is (WCXB's page type, DAnIEL's language), or empty
 */
public record BenchmarkPage(String id, String url, Path file, String charset, String gold, String group) {

    public BenchmarkPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(group, "group");
    }

    /** A page of a benchmark that does not group its pages. */
    public BenchmarkPage(String id, String url, Path file, String charset, String gold) {
        this(id, url, file, charset, gold, "");
    }

    /** The HTML bytes, gunzipped when the file name ends in {@code .gz}. */
    public byte[] html() {
        return readMaybeGzipped(file);
    }

    static byte[] readMaybeGzipped(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            InputStream body = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
            return body.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
