package dev.saring.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.saring.model.Document;
import dev.saring.model.Meta;
import dev.saring.model.Source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One document per row of a CSV or TSV file (gzip, zstd or plain) with a header row. The text, id and url
 * come from the columns named in {@link ReaderOptions} (the exact name, else the one name that matches
 * ignoring case); every other column goes to {@link Meta} as a string, in header order. Quoted fields may
 * hold separators, doubled quotes and line breaks (RFC 4180). A row's source is the line it starts on and
 * its byte offset in the decompressed stream; a missing or empty id becomes {@code file:line}.
 *
 * <p>The file is read one record at a time ({@link CsvRecordReader}) and each record is parsed by
 * Jackson's CSV module, so a bad row is reported and the next one read: {@code bad-csv} (a row whose
 * field count differs from the header's, or that Jackson cannot parse), {@code too-large},
 * {@code invalid-utf8} (the row is kept, bad bytes replaced), {@code truncated} (the file ends inside a
 * quoted field: the rows before were read), {@code no-text} (no text column in the header).
 */
final class CsvDocumentReader implements DocumentReader {

    private static final byte[] UTF8_BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

    /**
     * Parsers are made per record; with no columns in the schema a row reads as an array of strings. Fields
     * are bounded by the record cap, not by Jackson's 20 MB default, which would lose rows under the cap.
     */
    private final CsvFactory csv;
    private final InputFile file;
    private final int shard;
    private final ReaderOptions options;
    private final InputErrorHandler errors;
    private final CsvSchema schema;
    private final CountingInputStream raw;
    private final InputStream in;
    private final CsvRecordReader records;
    private List<String> header;
    private int textColumn = -1;
    private int idColumn = -1;
    private int urlColumn = -1;
    private long index;
    private boolean done;

    /** {@code separator} is {@code ','} for CSV, {@code '\t'} for TSV. */
    CsvDocumentReader(InputFile file, int shard, InputStream rawFile, char separator, ReaderOptions options, InputErrorHandler errors) throws IOException {
        this.shard = shard;
        this.file = file;
        this.options = options;
        this.errors = errors;
        this.csv = CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(options.maxDocBytes()).build())
                .build();
        this.schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        this.raw = new CountingInputStream(rawFile);
        this.in = Compression.open(raw);
        this.records = new CsvRecordReader(in, separator, options.maxDocBytes());
    }

    @Override
    public Optional<Document> next() {
        while (!done) {
            try {
                if (!records.next()) {
                    done = true;
                    if (records.offset() == 0) error(0, -1, "empty-file", "the file holds no data");
                    break;
                }
            } catch (IOException e) {
                done = true;
                String kind = e instanceof EOFException ? "truncated" : "corrupt";
                error(records.pendingOffset(), records.pendingLine(), kind, ErrorText.of(e) + "; the rows before were read");
                break;
            }
            Document d = parseRecord();
            if (d != null) return Optional.of(d);
        }
        return Optional.empty();
    }

    private Document parseRecord() {
        long line = records.line();
        long offset = records.offset();
        if (records.unterminated()) {
            done = true;
            error(offset, line, "truncated", "the quoted field opened in the row of this line is not closed by the end of the file; the rows before were read");
            return null;
        }
        if (records.tooLarge()) {
            error(offset, line, "too-large", "row longer than " + options.maxDocBytes() + " bytes");
            return null;
        }
        byte[] b = records.bytes();
        int start = 0;
        int len = records.length();
        if (offset == 0 && startsWith(b, len, UTF8_BOM)) {
            start = UTF8_BOM.length;
            len -= UTF8_BOM.length;
        }
        if (isBlank(b, start, len)) return null;
        List<String> fields = fields(b, start, len, offset, line);
        if (fields == null) return null;
        if (header == null) {
            useHeader(fields, offset, line);
            return null;
        }
        if (fields.size() != header.size()) {
            error(offset, line, "bad-csv", "the row has " + fields.size() + " fields, the header " + header.size());
            return null;
        }
        String id = idColumn >= 0 && !fields.get(idColumn).isBlank() ? fields.get(idColumn) : file.name() + ":" + line;
        Document d = Document.ofText(id, Source.atLine(file.name(), shard, index++, offset, line), fields.get(textColumn));
        if (urlColumn >= 0 && !fields.get(urlColumn).isEmpty()) d = d.withUrl(fields.get(urlColumn));
        var meta = new LinkedHashMap<String, Object>();
        for (int c = 0; c < fields.size(); c++) {
            if (c != textColumn && c != idColumn && c != urlColumn) meta.put(header.get(c), fields.get(c));
        }
        return meta.isEmpty() ? d : d.withMeta(Meta.of(meta));
    }

    /** The fields of one record, or null (reported) when Jackson cannot parse it. */
    private List<String> fields(byte[] b, int start, int len, long offset, long line) {
        boolean valid = Utf8.isValid(b, start, len);
        if (!valid) error(offset, line, "invalid-utf8", "bytes that are not UTF-8 were replaced by U+FFFD");
        try (CsvParser p = valid ? csv.createParser(b, start, len) : csv.createParser(Utf8.decode(b, start, len))) {
            p.setSchema(schema);
            if (p.nextToken() != JsonToken.START_ARRAY) {
                error(offset, line, "bad-csv", "no fields");
                return null;
            }
            var out = new ArrayList<String>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == null) {
                    error(offset, line, "bad-csv", "the row ends inside a field");
                    return null;
                }
                out.add(p.getText());
            }
            if (p.nextToken() != null) {
                // a lone '\r' ends a row for Jackson; only '\n' and "\r\n" end one here
                error(offset, line, "bad-csv", "more than one row on the line (a carriage return without a line feed?)");
                return null;
            }
            return out;
        } catch (JsonProcessingException e) {
            error(offset, line, "bad-csv", ErrorText.trim(e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            error(offset, line, "bad-csv", ErrorText.of(e));
            return null;
        }
    }

    private void useHeader(List<String> names, long offset, long line) {
        header = List.copyOf(names);
        textColumn = column(options.textField());
        idColumn = column(options.idField());
        urlColumn = column(options.urlField());
        if (textColumn < 0) {
            done = true;
            error(offset, line, "no-text", "no column '" + options.textField() + "' in the header (columns: "
                    + ErrorText.trim(String.join(", ", header)) + ")");
        }
    }

    /** The column of {@code name}: the exact name, else the only one equal to it ignoring case; -1 if none. */
    private int column(String name) {
        int exact = header.indexOf(name);
        if (exact >= 0) return exact;
        int found = -1;
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                if (found >= 0) return -1;
                found = c;
            }
        }
        return found;
    }

    private void error(long offset, long line, String kind, String message) {
        errors.onError(InputError.atLine(file.name(), offset, line, kind, message));
    }

    private static boolean isBlank(byte[] b, int start, int len) {
        for (int i = start; i < start + len; i++) {
            byte c = b[i];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\f') return false;
        }
        return true;
    }

    private static boolean startsWith(byte[] b, int len, byte[] prefix) {
        if (len < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (b[i] != prefix[i]) return false;
        return true;
    }

    @Override
    public long bytesRead() {
        return raw.count();
    }

    @Override
    public void close() throws IOException {
        done = true;
        in.close();
    }
}
