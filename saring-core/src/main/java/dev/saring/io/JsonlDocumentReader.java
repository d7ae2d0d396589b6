package dev.saring.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.saring.model.Document;
import dev.saring.model.Meta;
import dev.saring.model.Source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One document per line of a JSON Lines file (gzip, zstd or plain), or per element of a file that holds one
 * JSON array of objects (read as a stream, one element at a time; the "line" of a source or an error is then
 * the element's number). The text, id and url come from the fields named in {@link ReaderOptions}; every
 * other top-level field goes to {@link Meta}, in input order. Offsets in sources and errors are byte
 * offsets in the decompressed stream.
 */
final class JsonlDocumentReader implements DocumentReader {

    private static final byte[] UTF8_BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    /** How far into a file its opening {@code [} is looked for. */
    private static final int ARRAY_SNIFF_BYTES = 4096;

    /** Parsers are made per line; strings are bounded by the record cap, not by Jackson's 20 MB default. */
    private final JsonFactory json;
    private final InputFile file;
    private final int shard;
    private final ReaderOptions options;
    private final InputErrorHandler errors;
    private final CountingInputStream raw;
    private final InputStream in;
    private final LineReader lines;
    /** The parser of a file that holds one JSON array, or null for JSON Lines. */
    private final JsonParser array;
    private long index;
    private long element;
    private boolean done;

    /**
     * A reader of the whole file, or of one split of it ({@code part}: {@code rawFile} then starts at the
     * split and ends with it; the split is plain JSON Lines, as {@link InputSplits} cuts no other kind).
     */
    JsonlDocumentReader(InputFile file, InputSplit split, boolean part, InputStream rawFile, ReaderOptions options,
                        InputErrorHandler errors) throws IOException {
        this.file = file;
        this.shard = split.shard();
        this.options = options;
        this.errors = errors;
        this.json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(options.maxDocBytes()).build())
                .build();
        this.raw = new CountingInputStream(rawFile);
        if (part) {
            this.in = raw;
            this.array = null;
            this.lines = new LineReader(in, options.maxDocBytes(), split.start(), split.firstLine());
            return;
        }
        var decompressed = new PushbackInputStream(Compression.open(raw), ARRAY_SNIFF_BYTES);
        this.in = decompressed;
        if (startsWithArray(decompressed)) {
            this.array = arrayParser(decompressed);
            this.lines = null;
        } else {
            this.array = null;
            this.lines = new LineReader(in, options.maxDocBytes());
        }
    }

    /** The parser of a JSON array file, or null (reported, the reader done) when its first bytes already fail to decompress. */
    private JsonParser arrayParser(InputStream decompressed) {
        try {
            return json.createParser(decompressed);
        } catch (IOException e) {
            done = true;
            error(0, 0, e instanceof EOFException ? "truncated" : "corrupt", ErrorText.of(e) + "; no element could be read");
            return null;
        }
    }

    /**
     * Whether the first byte after a UTF-8 BOM and whitespace is {@code [}. Reads byte by byte and pushes
     * everything back; a stream that fails this early is left to the line reader, which reports it with
     * the lines before.
     */
    private static boolean startsWithArray(PushbackInputStream in) {
        byte[] seen = new byte[ARRAY_SNIFF_BYTES];
        int n = 0;
        try {
            while (n < seen.length) {
                int b = in.read();
                if (b < 0) return false;
                seen[n++] = (byte) b;
                boolean bom = n <= UTF8_BOM.length && (byte) b == UTF8_BOM[n - 1];
                if (bom || b == ' ' || b == '\t' || b == '\r' || b == '\n') continue;
                return b == '[';
            }
            return false;
        } catch (IOException e) {
            return false;
        } finally {
            try {
                in.unread(seen, 0, n);
            } catch (IOException cannotHappen) {
                throw new IllegalStateException(cannotHappen);   // the pushback buffer holds ARRAY_SNIFF_BYTES
            }
        }
    }

    @Override
    public Optional<Document> next() {
        if (array != null) return nextElement();
        while (!done) {
            try {
                if (!lines.next()) {
                    done = true;
                    if (lines.pendingOffset() == 0) {
                        errors.onError(InputError.atOffset(file.name(), 0, "empty-file", "the file holds no data"));
                    }
                    break;
                }
            } catch (IOException e) {
                done = true;
                String kind = e instanceof EOFException ? "truncated" : "corrupt";
                errors.onError(InputError.atLine(file.name(), lines.pendingOffset(), lines.pendingNumber(), kind,
                        ErrorText.of(e) + "; the lines before were read"));
                break;
            }
            Document d = parseLine();
            if (d != null) return Optional.of(d);
        }
        return Optional.empty();
    }

    /** The next element of a JSON array file that makes a document. */
    private Optional<Document> nextElement() {
        while (!done) {
            long offset = -1;
            try {
                JsonToken t = array.nextToken();
                if (element == 0 && t == JsonToken.START_ARRAY) t = array.nextToken();
                offset = array.currentTokenLocation().getByteOffset();
                if (t == null || t == JsonToken.END_ARRAY) {
                    done = true;
                    if (t == null) error(offset, element, "truncated", "the array is not closed; the elements before were read");
                    else if (array.nextToken() != null) error(array.currentTokenLocation().getByteOffset(), element, "bad-json", "content after the array");
                    break;
                }
                element++;
                if (t != JsonToken.START_OBJECT) {
                    error(offset, element, "bad-json", "an array element must be a JSON object, was " + t);
                    array.skipChildren();
                    continue;
                }
                Document d = toDocument(array, offset, element, false);
                if (d != null) return Optional.of(d);
            } catch (IOException e) {
                // a JSON array cannot be resynchronised after a syntax error: what came before is kept
                done = true;
                String kind = e instanceof StreamConstraintsException ? "too-large"
                        : endsEarly(e) ? "truncated"
                        : e instanceof JsonProcessingException ? "bad-json" : "corrupt";
                if (offset < 0) offset = array.currentLocation().getByteOffset();
                error(offset, element, kind, ErrorText.of(e) + "; the elements before were read");
            }
        }
        return Optional.empty();
    }

    /** Whether the input ended inside the array (a cut file, or one never closed), not a syntax error. */
    private static boolean endsEarly(IOException e) {
        return e instanceof JsonEOFException || e instanceof EOFException
                || (e instanceof JsonProcessingException j && j.getOriginalMessage() != null
                && j.getOriginalMessage().startsWith("Unexpected end-of-input"));
    }

    private Document parseLine() {
        long line = lines.number();
        long offset = lines.offset();
        if (lines.tooLong()) {
            error(offset, line, "too-large", "line longer than " + options.maxDocBytes() + " bytes");
            return null;
        }
        byte[] b = lines.bytes();
        int start = lines.start();
        int len = lines.length();
        if (line == 1 && startsWith(b, start, len, UTF8_BOM)) {
            start += UTF8_BOM.length;
            len -= UTF8_BOM.length;
        }
        if (isBlank(b, start, len)) return null;
        try {
            JsonParser p;
            if (Utf8.isValid(b, start, len)) {
                p = json.createParser(b, start, len);
            } else {
                error(offset, line, "invalid-utf8", "bytes that are not UTF-8 were replaced by U+FFFD");
                p = json.createParser(Utf8.decode(b, start, len));
            }
            try (p) {
                return toDocument(p, offset, line, true);
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")";
            error(offset, line, "bad-json", ErrorText.trim(e.getOriginalMessage() + where));
            return null;
        } catch (IOException e) {
            error(offset, line, "bad-json", ErrorText.of(e));
            return null;
        }
    }

    /**
     * The document of one JSON object: a whole line ({@code alone}: the parser is before the object and
     * must end after it) or an array element (the parser is at its start).
     */
    private Document toDocument(JsonParser p, long offset, long line, boolean alone) throws IOException {
        if (alone && p.nextToken() != JsonToken.START_OBJECT) {
            error(offset, line, "bad-json", "a line must hold one JSON object");
            return null;
        }
        String text = null;
        boolean textNotString = false;
        String id = null;
        String url = null;
        var meta = new LinkedHashMap<String, Object>();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (name.equals(options.textField())) {
                if (v == JsonToken.VALUE_STRING) {
                    text = p.getText();
                    textNotString = false;
                } else if (v == JsonToken.START_ARRAY) {
                    text = paragraphs(p);
                    textNotString = text == null;
                } else {
                    textNotString = true;
                    p.skipChildren();
                }
            } else if (name.equals(options.idField()) && (v == JsonToken.VALUE_STRING || v == JsonToken.VALUE_NUMBER_INT)) {
                id = p.getText();
            } else if (name.equals(options.urlField()) && v == JsonToken.VALUE_STRING) {
                url = p.getText();
            } else {
                meta.put(name, value(p, v));
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            error(offset, line, "bad-json", "unexpected " + p.currentToken() + " in the object");
            return null;
        }
        if (alone && p.nextToken() != null) {
            error(offset, line, "bad-json", "more content after the JSON object");
            return null;
        }
        if (text == null || textNotString) {
            error(offset, line, "no-text", textNotString
                    ? "field '" + options.textField() + "' is not a string or a list of strings"
                    : "no field '" + options.textField() + "'");
            return null;
        }
        if (id == null || id.isBlank()) id = file.name() + ":" + line;   // an empty id would name no document
        Document d = Document.ofText(id, Source.atLine(file.name(), shard, index++, offset, line), text);
        if (url != null) d = d.withUrl(url);
        return meta.isEmpty() ? d : d.withMeta(Meta.of(meta));
    }

    /**
     * A list of strings (the paragraphs a scraper kept apart) as one text, a line each; null when an
     * element is not a string. The parser is at the list's start and is left at its end.
     */
    private static String paragraphs(JsonParser p) throws IOException {
        var sb = new StringBuilder();
        boolean strings = true;
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            if (e != JsonToken.VALUE_STRING) {
                strings = false;
                p.skipChildren();
                continue;
            }
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(p.getText());
        }
        return strings ? sb.toString() : null;
    }

    /** A JSON value as String, Long (BigInteger past 64 bits), Double, Boolean, List, Map or null. */
    private static Object value(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue() : p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) list.add(value(p, e));
                yield Collections.unmodifiableList(list);
            }
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken e = p.nextToken(); e == JsonToken.FIELD_NAME; e = p.nextToken()) {
                    String k = p.currentName();
                    map.put(k, value(p, p.nextToken()));
                }
                yield Collections.unmodifiableMap(map);
            }
            default -> null;
        };
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

    private static boolean startsWith(byte[] b, int start, int len, byte[] prefix) {
        if (len < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (b[start + i] != prefix[i]) return false;
        return true;
    }

    @Override
    public long bytesRead() {
        return raw.count();
    }

    @Override
    public void close() throws IOException {
        done = true;
        if (array != null) array.close();
        in.close();
    }
}
