package dev.saring.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.saring.model.Block;
import dev.saring.model.Decision;
import dev.saring.model.Document;
import dev.saring.model.LanguageGuess;
import dev.saring.model.Meta;
import dev.saring.model.RawContent;
import dev.saring.model.Role;
import dev.saring.model.Source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON forms of documents: the clean output record, the reject records, and the full internal form
 * that carries a document between the segments of a run.
 *
 * <p>Clean records have a fixed set of keys, {@code null} where a value is absent, so that every shard has
 * the same schema (what HF {@code datasets} and datatrove expect):
 * <pre>{@code
 * {"id":"…","url":"…","lang":"id","lang_score":0.97,"title":"…","text":"…",
 *  "source":{"file":"crawl/a.warc.gz","offset":18304,"line":null},"meta":{…}}
 * }</pre>
 */
public final class DocumentJson {

    /**
     * Shared, thread-safe. Reads back saring's own files, so strings are not capped at Jackson's 20 MB
     * default: a document the readers let in (up to their record cap) must get through every segment.
     */
    public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                    .build())
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            // A flush per record would end a zstd block per record: ruinous for the ratio and speed.
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .build();
    public static final JsonFactory FACTORY = MAPPER.getFactory();

    private DocumentJson() {
    }

    /** The record of a kept document in {@code clean/}. */
    public static void writeClean(JsonGenerator g, Document d) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        writeNullable(g, "url", d.url().orElse(null));
        LanguageGuess lang = d.lang().orElse(null);
        writeNullable(g, "lang", lang == null ? null : lang.code());
        if (lang == null) g.writeNullField("lang_score");
        else g.writeNumberField("lang_score", round4(lang.score()));
        writeNullable(g, "title", d.title().orElse(null));
        g.writeStringField("text", d.text());
        writeSource(g, d.source());
        g.writeFieldName("meta");
        writeMeta(g, d.meta());
        g.writeEndObject();
    }

    /** The record of a document a step dropped, in {@code rejects/}: {@code {"id","url","step","reason","lang","lang_score","text",["raw_bytes"],["lines"],"source","meta"}}. */
    public static void writeDroppedDocument(JsonGenerator g, Document d, String step, String reason) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        writeNullable(g, "url", d.url().orElse(null));
        g.writeStringField("step", step);
        g.writeStringField("reason", reason);
        // The language the document was judged in (null when it was dropped before language id).
        writeNullable(g, "lang", d.lang().map(LanguageGuess::code).orElse(null));
        if (d.lang().isPresent()) g.writeNumberField("lang_score", round4(d.lang().get().score()));
        else g.writeNullField("lang_score");
        g.writeStringField("text", d.text());
        if (d.raw().isPresent()) g.writeNumberField("raw_bytes", d.raw().get().bytes().length);
        // Lines that earlier steps dropped from this document travel with it, so that nothing is lost.
        if (!d.blocks().stream().allMatch(Block::isKept)) writeLinesField(g, d);
        writeSource(g, d.source());
        // meta explains some drops: dup_of and dup_similarity for duplicates
        g.writeFieldName("meta");
        writeMeta(g, d.meta());
        g.writeEndObject();
    }

    /**
     * The record of the lines (blocks) dropped from a kept document, in {@code rejects/}; nothing is written
     * when no block was dropped. Returns how many lines it wrote.
     */
    public static int writeDroppedLines(JsonGenerator g, Document d) throws IOException {
        if (d.blocks().stream().allMatch(Block::isKept)) return 0;
        g.writeStartObject();
        g.writeStringField("id", d.id());
        writeNullable(g, "url", d.url().orElse(null));
        g.writeStringField("step", "lines");
        g.writeStringField("reason", "lines");
        int n = writeLinesField(g, d);
        writeSource(g, d.source());
        g.writeEndObject();
        return n;
    }

    /** {@code "lines":[{"n","role","step","reason","text"}…]} for the dropped blocks; returns their count. */
    private static int writeLinesField(JsonGenerator g, Document d) throws IOException {
        g.writeArrayFieldStart("lines");
        List<Block> blocks = d.blocks();
        int n = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.isKept()) continue;
            n++;
            g.writeStartObject();
            g.writeNumberField("n", i + 1);
            g.writeStringField("role", b.role().label());
            g.writeStringField("step", b.decision().step());
            g.writeStringField("reason", b.decision().reason());
            g.writeStringField("text", b.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        return n;
    }

    /** The record of an input problem, in {@code errors.jsonl}. */
    public static void writeError(JsonGenerator g, InputError e) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", e.file());
        if (e.offset() >= 0) g.writeNumberField("offset", e.offset());
        else g.writeNullField("offset");
        if (e.line() >= 0) g.writeNumberField("line", e.line());
        else g.writeNullField("line");
        g.writeStringField("kind", e.kind());
        g.writeStringField("error", e.message());
        g.writeEndObject();
    }

    /** Everything about a document, so that {@link #readInternal} gives it back equal. */
    public static void writeInternal(JsonGenerator g, Document d) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        Source s = d.source();
        g.writeArrayFieldStart("source");
        g.writeString(s.file());
        g.writeNumber(s.shard());
        g.writeNumber(s.index());
        g.writeNumber(s.offset());
        g.writeNumber(s.line());
        g.writeEndArray();
        writeNullable(g, "url", d.url().orElse(null));
        if (d.raw().isPresent()) {
            RawContent r = d.raw().get();
            g.writeObjectFieldStart("raw");
            g.writeBinaryField("bytes", r.bytes());
            g.writeStringField("media_type", r.mediaType());
            writeNullable(g, "charset", r.charset());
            g.writeEndObject();
        }
        g.writeStringField("text", d.text());
        writeNullable(g, "title", d.title().orElse(null));
        if (d.lang().isPresent()) {
            LanguageGuess l = d.lang().get();
            g.writeArrayFieldStart("lang");
            g.writeString(l.code());
            g.writeNumber(l.score());
            g.writeString(l.runnerUp());
            g.writeNumber(l.runnerUpScore());
            g.writeEndArray();
        }
        if (!d.blocks().isEmpty()) {
            g.writeArrayFieldStart("blocks");
            for (Block b : d.blocks()) {
                g.writeStartArray();
                g.writeString(b.role().label());
                g.writeString(b.text());
                if (!b.isKept()) {
                    g.writeString(b.decision().step());
                    g.writeString(b.decision().reason());
                }
                g.writeEndArray();
            }
            g.writeEndArray();
        }
        if (!d.meta().isEmpty()) {
            g.writeFieldName("meta");
            writeMeta(g, d.meta());
        }
        g.writeEndObject();
    }

    /** The document {@link #writeInternal} wrote. */
    public static Document readInternal(JsonNode n) {
        JsonNode s = n.get("source");
        Source source = new Source(s.get(0).asText(), s.get(1).asInt(), s.get(2).asLong(), s.get(3).asLong(), s.get(4).asLong());
        String id = n.get("id").asText();
        Document d;
        JsonNode raw = n.get("raw");
        if (raw != null) {
            byte[] bytes = Base64.getDecoder().decode(raw.get("bytes").asText());
            d = Document.ofRaw(id, source, new RawContent(bytes, raw.get("media_type").asText(), textOrNull(raw.get("charset"))));
            d = d.withText(n.get("text").asText());
        } else {
            d = Document.ofText(id, source, n.get("text").asText());
        }
        d = d.withUrl(textOrNull(n.get("url"))).withTitle(textOrNull(n.get("title")));
        JsonNode lang = n.get("lang");
        if (lang != null) {
            d = d.withLang(new LanguageGuess(lang.get(0).asText(), lang.get(1).asDouble(), lang.get(2).asText(), lang.get(3).asDouble()));
        }
        JsonNode blocks = n.get("blocks");
        if (blocks != null) {
            var list = new ArrayList<Block>(blocks.size());
            for (JsonNode b : blocks) {
                Decision dec = b.size() > 2 ? Decision.drop(b.get(2).asText(), b.get(3).asText()) : Decision.keep();
                list.add(new Block(Role.fromLabel(b.get(0).asText()), b.get(1).asText(), dec));
            }
            d = d.withBlocksAndText(list, d.text());
        }
        JsonNode meta = n.get("meta");
        if (meta != null) d = d.withMeta(Meta.of(toMap(meta)));
        return d;
    }

    /**
     * The document {@link #writeInternal} wrote, read from {@code p} positioned on the record's
     * {@code START_OBJECT}; leaves it on the matching {@code END_OBJECT}. Streams the fields instead of
     * building a tree first (the tree cost a third of the time of reading a segment back); gives the same
     * document as {@link #readInternal(JsonNode)}, which a test holds it to.
     */
    public static Document readInternal(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) throw new IOException("internal record: expected an object at " + p.currentLocation());
        String id = null;
        Source source = null;
        String url = null;
        byte[] rawBytes = null;
        String mediaType = null;
        String charset = null;
        String text = null;
        String title = null;
        LanguageGuess lang = null;
        List<Block> blocks = null;
        Map<String, Object> meta = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "id" -> id = p.getValueAsString();
                case "source" -> {
                    expect(p, t, JsonToken.START_ARRAY);
                    p.nextToken();
                    String file = p.getValueAsString();
                    p.nextToken();
                    int shard = p.getValueAsInt();
                    p.nextToken();
                    long index = p.getValueAsLong();
                    p.nextToken();
                    long offset = p.getValueAsLong();
                    p.nextToken();
                    long line = p.getValueAsLong();
                    source = new Source(file, shard, index, offset, line);
                    expect(p, p.nextToken(), JsonToken.END_ARRAY);
                }
                case "url" -> url = nullableText(p, t);
                case "raw" -> {
                    expect(p, t, JsonToken.START_OBJECT);
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String rf = p.currentName();
                        JsonToken rt = p.nextToken();
                        switch (rf) {
                            case "bytes" -> rawBytes = Base64.getDecoder().decode(p.getValueAsString());
                            case "media_type" -> mediaType = p.getValueAsString();
                            case "charset" -> charset = nullableText(p, rt);
                            default -> p.skipChildren();
                        }
                    }
                }
                case "text" -> text = p.getValueAsString();
                case "title" -> title = nullableText(p, t);
                case "lang" -> {
                    expect(p, t, JsonToken.START_ARRAY);
                    p.nextToken();
                    String code = p.getValueAsString();
                    p.nextToken();
                    double score = p.getValueAsDouble();
                    p.nextToken();
                    String runnerUp = p.getValueAsString();
                    p.nextToken();
                    double runnerUpScore = p.getValueAsDouble();
                    lang = new LanguageGuess(code, score, runnerUp, runnerUpScore);
                    expect(p, p.nextToken(), JsonToken.END_ARRAY);
                }
                case "blocks" -> {
                    expect(p, t, JsonToken.START_ARRAY);
                    blocks = new ArrayList<>();
                    while (p.nextToken() == JsonToken.START_ARRAY) {
                        p.nextToken();
                        String role = p.getValueAsString();
                        p.nextToken();
                        String blockText = p.getValueAsString();
                        Decision dec = Decision.keep();
                        if (p.nextToken() != JsonToken.END_ARRAY) {
                            String step = p.getValueAsString();
                            p.nextToken();
                            dec = Decision.drop(step, p.getValueAsString());
                            expect(p, p.nextToken(), JsonToken.END_ARRAY);
                        }
                        blocks.add(new Block(Role.fromLabel(role), blockText, dec));
                    }
                }
                case "meta" -> meta = toMap(MAPPER.readTree(p));
                default -> p.skipChildren();
            }
        }
        Document d;
        if (rawBytes != null) {
            d = Document.ofRaw(id, source, new RawContent(rawBytes, mediaType, charset));
            d = d.withText(text);
        } else {
            d = Document.ofText(id, source, text);
        }
        d = d.withUrl(url).withTitle(title);
        if (lang != null) d = d.withLang(lang);
        if (blocks != null) d = d.withBlocksAndText(blocks, d.text());
        if (meta != null) d = d.withMeta(Meta.of(meta));
        return d;
    }

    private static void expect(JsonParser p, JsonToken got, JsonToken wanted) throws IOException {
        if (got != wanted) throw new IOException("internal record: expected " + wanted + ", got " + got + " at " + p.currentLocation());
    }

    private static String nullableText(JsonParser p, JsonToken t) throws IOException {
        return t == JsonToken.VALUE_NULL ? null : p.getValueAsString();
    }

    /** A JSON object's fields as plain Java values (String, Long, Double, Boolean, List, Map), in order. */
    public static Map<String, Object> toMap(JsonNode object) {
        var out = new LinkedHashMap<String, Object>();
        object.fields().forEachRemaining(e -> out.put(e.getKey(), toValue(e.getValue())));
        return out;
    }

    /** A JSON value as a plain Java value. */
    public static Object toValue(JsonNode v) {
        if (v == null || v.isNull()) return null;
        if (v.isTextual()) return v.textValue();
        if (v.isBoolean()) return v.booleanValue();
        if (v.isIntegralNumber()) return v.canConvertToLong() ? (Object) v.longValue() : v.bigIntegerValue();
        if (v.isNumber()) return v.doubleValue();
        if (v.isArray()) {
            var list = new ArrayList<Object>(v.size());
            v.forEach(x -> list.add(toValue(x)));
            return list;
        }
        if (v.isObject()) return toMap(v);
        return v.toString();
    }

    private static void writeSource(JsonGenerator g, Source s) throws IOException {
        g.writeObjectFieldStart("source");
        g.writeStringField("file", s.file());
        if (s.offset() >= 0) g.writeNumberField("offset", s.offset());
        else g.writeNullField("offset");
        if (s.line() >= 0) g.writeNumberField("line", s.line());
        else g.writeNullField("line");
        g.writeEndObject();
    }

    private static void writeMeta(JsonGenerator g, Meta meta) throws IOException {
        MAPPER.writeValue(g, meta.asMap());
    }

    private static void writeNullable(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) g.writeNullField(field);
        else g.writeStringField(field, value);
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    static double round4(double v) {
        return Math.round(v * 10_000d) / 10_000d;
    }
}
