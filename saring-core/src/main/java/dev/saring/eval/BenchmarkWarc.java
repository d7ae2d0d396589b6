package dev.saring.eval;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Writes HTML pages as a WARC of HTTP response records, one gzip member per record as crawlers write them,
 * so that benchmark pages go through a run by the same path as a crawl: the WARC reader, the HTTP header's
 * charset, the extractor. Record {@code n} gets the id {@link #recordId(int) recordId(n)}, so that a run's
 * output can be matched back to the page it came from.
 *
 * <pre>{@code
 * try (BenchmarkWarc warc = BenchmarkWarc.create(Path.of("pages.warc.gz"))) {
 *     warc.add("https://example.org/a", "UTF-8", html);
 * }
 * }</pre>
 */
public final class BenchmarkWarc implements AutoCloseable {

    private static final String WARC_DATE = "2024-05-18T01:58:10Z";

    private final OutputStream out;
    private int records;

    private BenchmarkWarc(OutputStream out) {
        this.out = out;
    }

    /** A new WARC file at {@code file} (replaced if it exists). */
    public static BenchmarkWarc create(Path file) throws IOException {
        return new BenchmarkWarc(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    /** The {@code WARC-Record-ID} of the {@code n}-th record written (0-based), the document id in a run. */
    public static String recordId(int n) {
        return String.format(Locale.ROOT, "urn:uuid:00000000-0000-4000-8000-%012d", n);
    }

    /**
     * Appends one response record.
     *
     * @param url     its {@code WARC-Target-URI}
     * @param charset the charset the HTTP header declares, or null for none
     * @param body    the HTML bytes
     * @return the record's index
     */
    public int add(String url, String charset, byte[] body) throws IOException {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html" + (charset == null ? "" : "; charset=" + charset)
                + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] httpBytes = http.getBytes(StandardCharsets.US_ASCII);
        String header = "WARC/1.0\r\n"
                + "WARC-Type: response\r\n"
                + "WARC-Record-ID: <" + recordId(records) + ">\r\n"
                + "WARC-Date: " + WARC_DATE + "\r\n"
                + "WARC-Target-URI: " + url + "\r\n"
                + "Content-Type: application/http; msgtype=response\r\n"
                + "Content-Length: " + (httpBytes.length + body.length) + "\r\n\r\n";
        var member = new ByteArrayOutputStream(body.length / 3 + 256);
        try (var gz = new GZIPOutputStream(member)) {
            gz.write(header.getBytes(StandardCharsets.US_ASCII));
            gz.write(httpBytes);
            gz.write(body);
            gz.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        member.writeTo(out);
        return records++;
    }

    /** Records written so far. */
    public int records() {
        return records;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
