package dev.saring.io;

import dev.saring.model.Document;
import dev.saring.model.Meta;
import dev.saring.model.RawContent;
import dev.saring.model.Source;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.LengthedBody;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Documents from a WARC, ARC or WET file (plain, gzip or zstd), read with jwarc: HTML {@code response} and
 * {@code resource} records become raw documents, {@code conversion} records (WET) text documents; all else
 * is counted in {@link #skipped()}. A record that cannot be read is reported with its offset, and reading
 * goes on at the next intact record: for gzip files at the next gzip member that starts one, for plain
 * files at the next line that starts {@code WARC/}. A zstd file is read as one stream: its offsets are in
 * the decompressed bytes, and damage ends the file.
 *
 * <p>A reader of one {@link InputSplit} starts at the split's first record and yields the records that
 * start before its end (reading resumes past damage the same way, but never beyond the end).
 */
final class WarcDocumentReader implements DocumentReader {

    static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    /** Room for the HTTP status line and headers on top of a payload of {@code maxDocBytes}. */
    private static final long HTTP_HEADER_ALLOWANCE = 1 << 16;
    /** How far past a damaged record to look for the next intact one before the rest of the file is given up. */
    static final long RESYNC_SCAN_LIMIT = 64L << 20;
    private static final int SCAN_CHUNK_BYTES = 1 << 16;

    private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
    /** Flag bits that RFC 1952 reserves: a candidate member header with any set is not one. */
    private static final int GZIP_RESERVED_FLAGS = 0xe0;
    private static final byte[] WARC_LINE = {'\n', 'W', 'A', 'R', 'C', '/'};

    private static final int HTTP_STATUS_MIN = 100;
    private static final int HTTP_STATUS_MAX = 599;
    private static final int HTTP_STATUS_CLASS = 100;
    private static final int HTTP_SUCCESS_CLASS = 2;

    private final InputFile file;
    private final InputSplit split;
    private final ReaderOptions options;
    private final InputErrorHandler errors;
    private final Compression compression;
    private final Map<String, Long> skipped = new TreeMap<>();
    private final long fileSize;

    private FileChannel channel;
    private WarcReader warc;
    private long index;
    private boolean done;
    private boolean anyRecord;
    /** True from a failure until a record is read again: the failed candidates in between are not reported. */
    private boolean recovering;
    private long lastBytesRead;
    /**
     * Where the search for the next record starts after a failure: just past the last record read or the last
     * position tried (the start of the file counts as tried).
     */
    private long scanFloor;

    /** Takes ownership of {@code channel}; reads {@code split} of the file. */
    WarcDocumentReader(InputFile file, InputSplit split, FileChannel channel, ReaderOptions options, InputErrorHandler errors)
            throws IOException {
        this.file = file;
        this.split = split;
        this.scanFloor = split.start() + 1;
        this.options = options;
        this.errors = errors;
        this.channel = channel;
        this.fileSize = channel.size();
        var head = ByteBuffer.allocate(Compression.MAGIC_BYTES);
        channel.read(head, 0);
        this.compression = Compression.sniff(head.array(), head.position());
        try {
            channel.position(split.start());
            startReader();
        } catch (IOException | RuntimeException e) {
            try {
                failAt(split.start(), e);
            } catch (InputException failFast) {
                closeQuietly();
                throw failFast;
            }
        }
    }

    @Override
    public Optional<Document> next() {
        while (!done) {
            WarcRecord record;
            try {
                Optional<WarcRecord> r = warc.next();
                if (r.isEmpty()) {
                    if (pastEndOfFile()) {
                        failAt(scanFloor - 1, new EOFException("the record claims more bytes than the file holds"));
                    } else {
                        finish();
                    }
                    continue;
                }
                record = r.get();
                if (record.position() >= split.end() && split.end() < fileSize) {   // the next split's first record
                    done = true;
                    closeQuietly();
                    continue;
                }
            } catch (InputException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                failAt(warc.position(), e);
                continue;
            }
            recovering = false;
            anyRecord = true;
            scanFloor = record.position() + 1;
            try {
                Document d = toDocument(record);
                if (d != null) return Optional.of(d);
            } catch (InputException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                recordFailed(record, e);
            }
        }
        return Optional.empty();
    }

    /**
     * A record whose reading threw: if the rest of its block can still be consumed, the stream is intact and
     * only this record is bad; otherwise the stream is damaged here and reading resumes further on.
     */
    private void recordFailed(WarcRecord record, Exception e) {
        long at = record.position();
        try {
            record.body().consume();
        } catch (IOException | RuntimeException streamBroken) {
            failAt(at, e);
            return;
        }
        if (pastEndOfFile()) {
            failAt(at, e);
        } else {
            error(at, "bad-record", ErrorText.of(e));
        }
    }

    /** jwarc skips a plain record's block by seeking, which passes the end of a cut file without complaint. */
    private boolean pastEndOfFile() {
        if (compression != Compression.NONE) return false;
        try {
            return channel.position() > fileSize;
        } catch (IOException e) {
            return false;
        }
    }

    private Document toDocument(WarcRecord record) throws IOException {
        return switch (record.type()) {
            case "response" -> record instanceof WarcResponse r ? response(r) : skip("warc-type:response");
            case "resource" -> resource(record);
            case "conversion" -> conversion(record);
            default -> skip("warc-type:" + record.type());
        };
    }

    private Document response(WarcResponse record) throws IOException {
        Optional<String> blockType = record.headers().first("Content-Type");
        // No Content-Type at all: try HTTP anyway, as old crawlers wrote such records.
        if (blockType.isPresent() && !"application/http".equals(baseType(mediaType(blockType)))) {
            return skip("not-http");
        }
        long offset = record.position();
        HttpResponse http;
        try {
            http = record.http();
        } catch (ParsingException e) {
            error(offset, "bad-record", "bad HTTP header: " + ErrorText.trim(e.getBaseMessage()));
            return null;
        }
        int status = http.status();
        if (status < HTTP_STATUS_MIN || status > HTTP_STATUS_MAX) return skip("http-status:invalid");
        if (status / HTTP_STATUS_CLASS != HTTP_SUCCESS_CLASS) return skip("http-status:" + status / HTTP_STATUS_CLASS + "xx");
        MediaType type = mediaType(http.headers().first("Content-Type"));
        if (!HTML_TYPES.contains(baseType(type))) return skip("not-html");
        int max = options.maxDocBytes();
        long block = record.body().size();
        if (block > max + HTTP_HEADER_ALLOWANCE) return tooLarge(offset, block);
        MessageBody httpBody = http.body();
        // A lengthed body knows its exact size: the payload array is then filled without a copy.
        var body = new BoundedBytes(max, httpBody instanceof LengthedBody ? httpBody.size() : block);
        if (!body.readFrom(httpBody)) return tooLarge(offset, block);
        ContentDecoding.Result decoded = ContentDecoding.decode(body.toArray(), http.headers().all("Content-Encoding"), max);
        byte[] payload;
        if (decoded instanceof ContentDecoding.Result.Decoded d) {
            payload = d.bytes();
        } else if (decoded instanceof ContentDecoding.Result.Failed f) {
            error(offset, f.kind(), f.message());
            return null;
        } else {
            return tooLarge(offset, -1);
        }
        var meta = new LinkedHashMap<String, Object>();
        warcDate(record).ifPresent(date -> meta.put("warc_date", date));
        meta.put("http_status", (long) status);
        return raw(record, new RawContent(payload, baseType(type), charset(type)), meta);
    }

    private Document resource(WarcRecord record) throws IOException {
        MediaType type = mediaType(record.headers().first("Content-Type"));
        if (!HTML_TYPES.contains(baseType(type))) return skip("not-html");
        var block = blockBytes(record);
        if (block == null) return null;
        var meta = new LinkedHashMap<String, Object>();
        warcDate(record).ifPresent(date -> meta.put("warc_date", date));
        return raw(record, new RawContent(block, baseType(type), charset(type)), meta);
    }

    private Document conversion(WarcRecord record) throws IOException {
        long offset = record.position();
        byte[] block = blockBytes(record);
        if (block == null) return null;
        if (!Utf8.isValid(block, 0, block.length)) {
            error(offset, "invalid-utf8", "bytes that are not UTF-8 were replaced by U+FFFD");
        }
        var meta = new LinkedHashMap<String, Object>();
        warcDate(record).ifPresent(date -> meta.put("warc_date", date));
        record.headers().first("WARC-Identified-Content-Language").ifPresent(lang -> meta.put("lang_hint", lang));
        Document d = Document.ofText(recordId(record), source(offset), Utf8.decode(block, 0, block.length));
        return withUrlAndMeta(d, record, meta);
    }

    /** The record's content block, or null (reported) when it is larger than the bound. */
    private byte[] blockBytes(WarcRecord record) throws IOException {
        long size = record.body().size();
        if (size > options.maxDocBytes()) {
            tooLarge(record.position(), size);
            return null;
        }
        var block = new BoundedBytes(options.maxDocBytes(), size);
        if (!block.readFrom(record.body())) {
            tooLarge(record.position(), size);
            return null;
        }
        return block.toArray();
    }

    private Document raw(WarcRecord record, RawContent content, Map<String, Object> meta) {
        Document d = Document.ofRaw(recordId(record), source(record.position()), content);
        return withUrlAndMeta(d, record, meta);
    }

    private static Document withUrlAndMeta(Document d, WarcRecord record, Map<String, Object> meta) {
        Optional<String> url = record.headers().first("WARC-Target-URI").map(WarcDocumentReader::unbracket);
        Document withUrl = url.isPresent() ? d.withUrl(url.get()) : d;
        return meta.isEmpty() ? withUrl : withUrl.withMeta(Meta.of(meta));
    }

    private Source source(long offset) {
        return Source.atOffset(file.name(), split.shard(), index++, offset);
    }

    /** WARC-Record-ID as given, without its angle brackets; ARC records have none and get {@code file@offset}. */
    private String recordId(WarcRecord record) {
        return record.headers().first("WARC-Record-ID").map(WarcDocumentReader::unbracket)
                .filter(id -> !id.isEmpty())
                .orElse(file.name() + "@" + record.position());
    }

    private static Optional<String> warcDate(WarcRecord record) {
        try {
            Instant date = record.date();
            return Optional.ofNullable(date).map(Instant::toString);
        } catch (RuntimeException unparseable) {
            return Optional.empty();
        }
    }

    private static String unbracket(String s) {
        String t = s.strip();
        return t.length() >= 2 && t.charAt(0) == '<' && t.charAt(t.length() - 1) == '>' ? t.substring(1, t.length() - 1) : t;
    }

    private static MediaType mediaType(Optional<String> header) {
        return header.map(MediaType::parseLeniently).orElse(MediaType.OCTET_STREAM);
    }

    private static String baseType(MediaType type) {
        return (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    }

    private static String charset(MediaType type) {
        for (var p : type.parameters().entrySet()) {
            if (p.getKey().equalsIgnoreCase("charset")) {
                String v = p.getValue().strip();
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    private Document skip(String reason) {
        skipped.merge(reason, 1L, Long::sum);
        return null;
    }

    private Document tooLarge(long offset, long size) {
        error(offset, "too-large", (size >= 0 ? size + " bytes, " : "") + "more than " + options.maxDocBytes() + " bytes");
        return null;
    }

    private void error(long offset, String kind, String message) {
        errors.onError(InputError.atOffset(file.name(), offset, kind, message));
    }

    private void finish() {
        if (!anyRecord && !recovering && split.start() == 0) error(0, "empty-file", "the file holds no WARC record");
        done = true;
        closeQuietly();
    }

    /**
     * The stream failed at {@code offset} (a record start, or where reading stopped): reports it once, then
     * looks for the next intact record after the last record read (damage may lie anywhere after it),
     * trying candidate positions until one opens; the next record read tells whether it was one.
     */
    private void failAt(long offset, Exception e) {
        if (!recovering) {
            String kind = e instanceof EOFException ? "truncated" : "bad-record";
            error(offset, kind, ErrorText.of(e) + "; reading resumes at the next intact record");
        }
        recovering = true;
        long damage = Math.max(offset, scanFloor);
        while (true) {
            long candidate;
            try {
                candidate = scan(scanFloor, damage);
            } catch (IOException scanFailed) {
                error(scanFloor, "unreadable", ErrorText.of(scanFailed));
                candidate = -1;
            }
            if (candidate < 0 || candidate >= split.end() && split.end() < fileSize) {
                done = true;
                closeQuietly();
                return;
            }
            scanFloor = candidate + 1;
            try {
                closeQuietly();
                channel = FileChannel.open(file.path());
                channel.position(candidate);
                startReader();
                return;
            } catch (IOException | RuntimeException notARecord) {
                // try the next candidate
            }
        }
    }

    private void startReader() throws IOException {
        if (compression == Compression.ZSTD) {
            // jwarc 0.36's own zstd channel spins at the end of the file: decompress here, as one stream.
            var stream = Compression.ZSTD.decompress(Channels.newInputStream(channel));
            warc = new WarcReader(new StreamChannel(stream));
        } else {
            warc = new WarcReader(channel);
        }
        warc.setLenient(true);
    }

    /**
     * The position of the next record start at or after {@code from}, or -1 if there is none before the end
     * of the file or within {@link #RESYNC_SCAN_LIMIT} bytes past {@code scanStart} (reported).
     */
    private long scan(long from, long scanStart) throws IOException {
        if (compression == Compression.ZSTD) {
            // Read as one stream, a zstd file has no position to resume at: the rest is given up.
            return -1;
        }
        byte[] marker = compression == Compression.GZIP ? GZIP_MEMBER : WARC_LINE;
        // A plain record starts after the newline the marker begins with.
        int lead = compression == Compression.NONE ? 1 : 0;
        long pos = Math.max(0, from - lead);
        var buf = ByteBuffer.allocate(SCAN_CHUNK_BYTES);
        try (FileChannel scanChannel = FileChannel.open(file.path())) {
            while (pos < fileSize) {
                if (pos - scanStart > RESYNC_SCAN_LIMIT) {
                    error(scanStart, "corrupt", "no intact record within " + RESYNC_SCAN_LIMIT
                            + " bytes after the damage; the rest of the file is skipped");
                    return -1;
                }
                buf.clear();
                int n = scanChannel.read(buf, pos);
                if (n < 0) break;
                byte[] b = buf.array();
                int last = n - marker.length - 1;   // one byte after the marker is checked too
                for (int i = 0; i <= last; i++) {
                    if (matches(b, i, marker) && plausibleAfter(b[i + marker.length])) return pos + i + lead;
                }
                if (pos + n >= fileSize) break;   // a tail shorter than the marker holds no record
                pos += Math.max(1, last + 1);
            }
        }
        return -1;
    }

    private boolean plausibleAfter(byte next) {
        return compression == Compression.GZIP ? (next & GZIP_RESERVED_FLAGS) == 0 : next >= '0' && next <= '9';
    }

    private static boolean matches(byte[] b, int at, byte[] marker) {
        for (int k = 0; k < marker.length; k++) if (b[at + k] != marker[k]) return false;
        return true;
    }

    private void closeQuietly() {
        try {
            lastBytesRead = channel.isOpen() ? channel.position() : lastBytesRead;
            if (warc != null) warc.close();
            channel.close();
        } catch (IOException ignored) {
            // closing a read-only file: nothing is lost
        }
    }

    @Override
    public long bytesRead() {
        if (done) return split.length(fileSize);
        long at;
        try {
            at = channel.isOpen() ? channel.position() : lastBytesRead;
        } catch (IOException e) {
            at = lastBytesRead;
        }
        return Math.max(0, Math.min(at, split.end()) - split.start());
    }

    @Override
    public Map<String, Long> skipped() {
        return Collections.unmodifiableMap(skipped);
    }

    @Override
    public void close() {
        done = true;
        closeQuietly();
    }
}
