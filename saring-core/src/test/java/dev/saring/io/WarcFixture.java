package dev.saring.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Builds WARC files byte by byte, one gzip member per record when gzipped, and remembers record offsets. */
final class WarcFixture {

    static final String DATE = "2024-05-18T01:58:10Z";

    private final boolean gzip;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<Long> offsets = new ArrayList<>();

    private WarcFixture(boolean gzip) {
        this.gzip = gzip;
    }

    static WarcFixture gzipped() {
        return new WarcFixture(true);
    }

    static WarcFixture plain() {
        return new WarcFixture(false);
    }

    static String uuid(int n) {
        return String.format("urn:uuid:00000000-0000-4000-8000-%012d", n);
    }

    /** An HTTP response record; {@code httpHeaders} are extra "Name: value" lines. */
    WarcFixture response(int n, String url, int status, String contentType, byte[] body, String... httpHeaders) {
        var http = new StringBuilder("HTTP/1.1 " + status + " X\r\n");
        if (contentType != null) http.append("Content-Type: ").append(contentType).append("\r\n");
        for (String h : httpHeaders) http.append(h).append("\r\n");
        http.append("\r\n");
        byte[] block = concat(ascii(http.toString()), body);
        return record("response", n, url, "application/http; msgtype=response", block, Map.of());
    }

    WarcFixture response(int n, String url, String html) {
        return response(n, url, 200, "text/html; charset=utf-8", utf8(html));
    }

    WarcFixture request(int n, String url) {
        byte[] block = ascii("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n");
        return record("request", n, url, "application/http; msgtype=request", block, Map.of());
    }

    WarcFixture resource(int n, String url, String contentType, byte[] body) {
        return record("resource", n, url, contentType, body, Map.of());
    }

    WarcFixture conversion(int n, String url, String lang, byte[] text) {
        var extra = new LinkedHashMap<String, String>();
        if (lang != null) extra.put("WARC-Identified-Content-Language", lang);
        return record("conversion", n, url, "text/plain", text, extra);
    }

    WarcFixture record(String type, int n, String url, String contentType, byte[] block, Map<String, String> extra) {
        var h = new StringBuilder("WARC/1.0\r\n");
        h.append("WARC-Type: ").append(type).append("\r\n");
        h.append("WARC-Record-ID: <").append(uuid(n)).append(">\r\n");
        h.append("WARC-Date: ").append(DATE).append("\r\n");
        if (url != null) h.append("WARC-Target-URI: ").append(url).append("\r\n");
        extra.forEach((k, v) -> h.append(k).append(": ").append(v).append("\r\n"));
        h.append("Content-Type: ").append(contentType).append("\r\n");
        h.append("Content-Length: ").append(block.length).append("\r\n\r\n");
        return rawRecord(concat(ascii(h.toString()), block, ascii("\r\n\r\n")));
    }

    /** Appends bytes as one record (a gzip member of their own when gzipped). */
    WarcFixture rawRecord(byte[] recordBytes) {
        offsets.add((long) out.size());
        out.writeBytes(gzip ? gzip(recordBytes) : recordBytes);
        return this;
    }

    /** Appends bytes as they are, not as a record, not compressed. */
    WarcFixture garbage(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    /** Byte offset of each record (its gzip member when gzipped). */
    List<Long> offsets() {
        return List.copyOf(offsets);
    }

    static byte[] gzip(byte[] b) {
        var bo = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(bo)) {
            gz.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bo.toByteArray();
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        var bo = new ByteArrayOutputStream();
        for (byte[] p : parts) bo.writeBytes(p);
        return bo.toByteArray();
    }
}
