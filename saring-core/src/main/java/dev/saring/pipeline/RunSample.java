package dev.saring.pipeline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.saring.model.Block;
import dev.saring.model.Document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * A small sample of a run, for reports: a few kept documents (with the lines removed from them), and a few
 * examples of every document drop reason, every line drop reason and every role of a dropped line.
 *
 * <p>The choice is deterministic and independent of threads and shards: for every key it keeps the
 * examples whose id hashes lowest (a bottom-k sample), so per-shard samples {@linkplain #merge merge} into
 * the sample a single pass over the whole run would have chosen. Texts are cut to a bound, and the number
 * of keys per kind is bounded, so the sample stays small however large the run. Written by the local
 * runner as {@code sample.json}. Not thread-safe: one per shard, then merged.
 *
 * <pre>{@code
 * var sample = new RunSample();
 * sample.offerKept(document);
 * sample.offerDropped(other, "gopher-quality", "gopher:mean_word_length");
 * sample.writeJson(generator);
 * }</pre>
 */
public final class RunSample {

    /** File name in the output folder. */
    public static final String FILE = "sample.json";

    /** Kept documents in the sample. */
    static final int KEPT = 16;
    /** Examples per drop reason or role. */
    static final int PER_KEY = 5;
    /** Keys per kind beyond which new keys get no examples (reasons with numbers in them are grouped first). */
    static final int MAX_KEYS = 200;
    static final int DOC_CHARS = 4_000;
    static final int DROPPED_DOC_CHARS = 1_200;
    static final int LINE_CHARS = 400;

    /** One sampled document: as kept, or as dropped with its step and reason. */
    public record Doc(long hash, String id, String url, String source, String lang, String step, String reason,
                      String text, List<Line> lines, Map<String, Object> meta) {
    }

    /** One line of a document; {@code step} and {@code reason} are empty when it is kept. */
    public record Line(long hash, String id, String url, int n, String role, String step, String reason, String text) {
        public boolean kept() {
            return step.isEmpty();
        }
    }

    private static final Comparator<Doc> DOC_ORDER = Comparator.comparingLong(Doc::hash).thenComparing(Doc::id);
    private static final Comparator<Line> LINE_ORDER = Comparator.comparingLong(Line::hash).thenComparing(Line::id)
            .thenComparingInt(Line::n);

    private final BottomK<Doc> kept = new BottomK<>(KEPT, DOC_ORDER);
    private final Map<String, BottomK<Doc>> droppedDocs = new TreeMap<>();
    private final Map<String, BottomK<Line>> linesByReason = new TreeMap<>();
    private final Map<String, BottomK<Line>> linesByRole = new TreeMap<>();

    /** Offers a kept document (and the lines dropped from it). */
    public void offerKept(Document d) {
        long h = hash(d.id());
        if (kept.wouldTake(h)) kept.offer(doc(d, h, "", "", DOC_CHARS, true));
        offerLines(d);
    }

    /** Offers a dropped document (and the lines dropped from it before). */
    public void offerDropped(Document d, String step, String reason) {
        long h = hash(d.id());
        BottomK<Doc> k = slot(droppedDocs, step + ":" + group(reason), PER_KEY, DOC_ORDER);
        if (k != null && k.wouldTake(h)) k.offer(doc(d, h, step, reason, DROPPED_DOC_CHARS, false));
        offerLines(d);
    }

    private void offerLines(Document d) {
        List<Block> blocks = d.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.isKept()) continue;
            long h = hash(d.id()) ^ mix(i + 1L);
            String reasonKey = b.decision().step() + ":" + group(b.decision().reason());
            for (var k : List.of(slotOrNone(linesByReason, reasonKey), slotOrNone(linesByRole, b.role().label()))) {
                if (k != null && k.wouldTake(h)) {
                    k.offer(new Line(h, d.id(), d.url().orElse(null), i + 1, b.role().label(), b.decision().step(),
                            b.decision().reason(), cut(b.text(), LINE_CHARS)));
                }
            }
        }
    }

    private BottomK<Line> slotOrNone(Map<String, BottomK<Line>> map, String key) {
        return slot(map, key, PER_KEY, LINE_ORDER);
    }

    private static <T> BottomK<T> slot(Map<String, BottomK<T>> map, String key, int k, Comparator<T> order) {
        BottomK<T> s = map.get(key);
        if (s == null && map.size() < MAX_KEYS) {
            s = new BottomK<>(k, order);
            map.put(key, s);
        }
        return s;
    }

    /** Adds the examples of {@code other}: the result is the sample of both runs' documents. */
    public void merge(RunSample other) {
        other.kept.items().forEach(kept::offer);
        mergeMap(droppedDocs, other.droppedDocs, DOC_ORDER);
        mergeMap(linesByReason, other.linesByReason, LINE_ORDER);
        mergeMap(linesByRole, other.linesByRole, LINE_ORDER);
    }

    private static <T> void mergeMap(Map<String, BottomK<T>> into, Map<String, BottomK<T>> from, Comparator<T> order) {
        for (var e : from.entrySet()) {
            BottomK<T> s = slot(into, e.getKey(), PER_KEY, order);
            if (s != null) e.getValue().items().forEach(s::offer);
        }
    }

    /** Sampled kept documents, lowest hash first. */
    public List<Doc> kept() {
        return kept.items();
    }

    /** Sampled dropped documents by {@code step:reason}. */
    public Map<String, List<Doc>> droppedDocuments() {
        return view(droppedDocs);
    }

    /** Sampled dropped lines by {@code step:reason}. */
    public Map<String, List<Line>> linesByReason() {
        return view(linesByReason);
    }

    /** Sampled dropped lines by role. */
    public Map<String, List<Line>> linesByRole() {
        return view(linesByRole);
    }

    private static <T> Map<String, List<T>> view(Map<String, BottomK<T>> map) {
        var out = new TreeMap<String, List<T>>();
        map.forEach((k, v) -> out.put(k, v.items()));
        return out;
    }

    public void writeJson(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("kept");
        for (Doc d : kept.items()) writeDoc(g, d);
        g.writeEndArray();
        g.writeObjectFieldStart("dropped_documents");
        for (var e : droppedDocs.entrySet()) {
            g.writeArrayFieldStart(e.getKey());
            for (Doc d : e.getValue().items()) writeDoc(g, d);
            g.writeEndArray();
        }
        g.writeEndObject();
        writeLines(g, "lines_by_reason", linesByReason);
        writeLines(g, "lines_by_role", linesByRole);
        g.writeEndObject();
    }

    public static RunSample readJson(JsonNode n) {
        var s = new RunSample();
        n.path("kept").forEach(d -> s.kept.offer(readDoc(d)));
        n.path("dropped_documents").fields().forEachRemaining(e -> {
            var k = slot(s.droppedDocs, e.getKey(), PER_KEY, DOC_ORDER);
            if (k != null) e.getValue().forEach(d -> k.offer(readDoc(d)));
        });
        readLines(n.path("lines_by_reason"), s.linesByReason);
        readLines(n.path("lines_by_role"), s.linesByRole);
        return s;
    }

    private static void writeDoc(JsonGenerator g, Doc d) throws IOException {
        g.writeStartObject();
        g.writeNumberField("hash", d.hash());
        g.writeStringField("id", d.id());
        g.writeStringField("url", d.url());
        g.writeStringField("source", d.source());
        g.writeStringField("lang", d.lang());
        g.writeStringField("step", d.step());
        g.writeStringField("reason", d.reason());
        g.writeStringField("text", d.text());
        g.writeArrayFieldStart("lines");
        for (Line l : d.lines()) writeLine(g, l);
        g.writeEndArray();
        g.writeFieldName("meta");
        dev.saring.io.DocumentJson.MAPPER.writeValue(g, d.meta());
        g.writeEndObject();
    }

    private static Doc readDoc(JsonNode n) {
        var lines = new ArrayList<Line>();
        n.path("lines").forEach(l -> lines.add(readLine(l)));
        return new Doc(n.path("hash").asLong(), n.path("id").asText(), text(n, "url"), text(n, "source"), text(n, "lang"),
                n.path("step").asText(), n.path("reason").asText(), n.path("text").asText(), List.copyOf(lines),
                n.has("meta") ? dev.saring.io.DocumentJson.toMap(n.get("meta")) : Map.of());
    }

    private static void writeLines(JsonGenerator g, String field, Map<String, BottomK<Line>> map) throws IOException {
        g.writeObjectFieldStart(field);
        for (var e : map.entrySet()) {
            g.writeArrayFieldStart(e.getKey());
            for (Line l : e.getValue().items()) writeLine(g, l);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void readLines(JsonNode n, Map<String, BottomK<Line>> into) {
        n.fields().forEachRemaining(e -> {
            var k = slot(into, e.getKey(), PER_KEY, LINE_ORDER);
            if (k != null) e.getValue().forEach(l -> k.offer(readLine(l)));
        });
    }

    private static void writeLine(JsonGenerator g, Line l) throws IOException {
        g.writeStartObject();
        g.writeNumberField("hash", l.hash());
        g.writeStringField("id", l.id());
        g.writeStringField("url", l.url());
        g.writeNumberField("n", l.n());
        g.writeStringField("role", l.role());
        g.writeStringField("step", l.step());
        g.writeStringField("reason", l.reason());
        g.writeStringField("text", l.text());
        g.writeEndObject();
    }

    private static Line readLine(JsonNode n) {
        return new Line(n.path("hash").asLong(), n.path("id").asText(), text(n, "url"), n.path("n").asInt(),
                n.path("role").asText(), n.path("step").asText(), n.path("reason").asText(), n.path("text").asText());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * A sampled document: every block (kept and dropped, in order) up to a text budget; the dropped
     * document's text when it has no blocks.
     */
    private static Doc doc(Document d, long hash, String step, String reason, int budget, boolean keptDoc) {
        var lines = new ArrayList<Line>();
        int used = 0;
        List<Block> blocks = d.blocks();
        for (int i = 0; i < blocks.size() && used < budget; i++) {
            Block b = blocks.get(i);
            String t = cut(b.text(), Math.min(LINE_CHARS * 4, budget - used));
            used += t.length();
            lines.add(new Line(hash, d.id(), null, i + 1, b.role().label(), b.isKept() ? "" : b.decision().step(),
                    b.isKept() ? "" : b.decision().reason(), t));
        }
        String text = lines.isEmpty() || !keptDoc ? cut(d.text(), budget) : "";
        return new Doc(hash, d.id(), d.url().orElse(null), d.source().toString(), d.lang().map(l -> l.code()).orElse(null),
                step, reason, text, List.copyOf(lines), d.meta().asMap());
    }

    /** Reasons that carry a number ({@code repeated:7}) share their examples: one key per family. */
    public static String group(String reason) {
        int colon = reason.lastIndexOf(':');
        if (colon < 0 || colon == reason.length() - 1) return reason;
        for (int i = colon + 1; i < reason.length(); i++) {
            if (!Character.isDigit(reason.charAt(i))) return reason;
        }
        return reason.substring(0, colon) + ":N";
    }

    static String cut(String s, int max) {
        if (s == null || s.length() <= max) return s;
        int end = Character.isLowSurrogate(s.charAt(max)) ? max - 1 : max;
        return s.substring(0, Math.max(0, end)) + "…";
    }

    /** FNV-1a over the id's chars, then a 64-bit finaliser: stable across JVMs, unlike identity hashes. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The k smallest items seen, by an order. */
    private static final class BottomK<T> {
        private final int k;
        private final Comparator<T> order;
        private final PriorityQueue<T> heap; // largest first

        BottomK(int k, Comparator<T> order) {
            this.k = k;
            this.order = order;
            this.heap = new PriorityQueue<>(k + 1, order.reversed());
        }

        /** Cheap test before building an item: could an item of this hash enter? (Ties are settled in offer.) */
        boolean wouldTake(long hash) {
            if (heap.size() < k) return true;
            T top = heap.peek();
            long topHash = top instanceof Doc d ? d.hash() : ((Line) top).hash();
            return hash <= topHash;
        }

        void offer(T item) {
            if (heap.contains(item)) return; // the same example offered twice (a shard merged twice)
            heap.add(item);
            if (heap.size() > k) heap.poll();
        }

        List<T> items() {
            var list = new ArrayList<>(heap);
            list.sort(order);
            return list;
        }
    }
}
