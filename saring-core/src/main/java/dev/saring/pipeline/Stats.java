package dev.saring.pipeline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of a run in named sections ({@code documents}, {@code dropped}, {@code lines_dropped},
 * {@code errors}, {@code skipped}, {@code step_nanos}, {@code language:<code>} ...). Thread-safe; values from several shards or
 * workers are {@linkplain #merge merged} by adding. Written as {@code stats.json}, keys sorted.
 *
 * <pre>{@code
 * stats.add(Stats.DROPPED, "gopher-quality:gopher:mean_word_length", 1);
 * stats.get(Stats.DOCUMENTS, "read");
 * }</pre>
 */
public final class Stats {

    public static final String DOCUMENTS = "documents";
    public static final String BYTES = "bytes";
    public static final String DROPPED = "dropped";
    public static final String LINES_DROPPED = "lines_dropped";
    public static final String ERRORS = "errors";
    public static final String SKIPPED = "skipped";
    public static final String STEP_IN = "step_in";
    public static final String STEP_DROPPED = "step_dropped";
    public static final String STEP_NANOS = "step_nanos";
    /** Tokens of kept documents: {@code total} and one key per language. */
    public static final String TOKENS = "tokens";
    /**
     * Keys of {@code meta} in which a step records per-document counts by kind ({@code meta.pii =
     * {"email": 2}}); {@link #countKept} sums them into the section of the same name.
     */
    public static final java.util.List<String> COUNTED_META = java.util.List.of("pii", "repairs");
    /** Sections {@code language:<code>}: {@code read}, {@code kept}, {@code dropped}, {@code dropped:<step>:<reason>}. */
    public static final String LANGUAGE_PREFIX = "language:";
    /** Documents per language that no language-dependent step had settings for (language-agnostic rules only). */
    public static final String WITHOUT_SETTINGS = "languages_without_settings";
    /** UTF-8 bytes of the text of the documents a step kept. */
    public static final String STEP_BYTES_OUT = "step_bytes_out";
    /** Histograms by {@link #sizeBucket}: documents as read (record bytes), and kept text. */
    public static final String LENGTH_READ = "length_read";
    public static final String LENGTH_KEPT = "length_kept";
    /** Kept documents by {@code dup_cluster_size} (how many input documents each stands for). */
    public static final String DUP_CLUSTER_SIZE = "dup_cluster_size";
    /** Dropped lines by {@code role/step:reason}. */
    public static final String LINES_DROPPED_ROLE = "lines_dropped_role";
    /** Documents by language code, once the language is known: kept, and dropped after identification. */
    public static final String LANGUAGE_KEPT = "language_kept";
    public static final String LANGUAGE_DROPPED = "language_dropped";

    private final ConcurrentMap<String, ConcurrentMap<String, LongAdder>> sections = new ConcurrentHashMap<>();

    public void add(String section, String key, long delta) {
        sections.computeIfAbsent(section, s -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, k -> new LongAdder())
                .add(delta);
    }

    public long get(String section, String key) {
        var s = sections.get(section);
        if (s == null) return 0;
        var v = s.get(key);
        return v == null ? 0 : v.sum();
    }

    /** A sorted snapshot of one section. */
    public Map<String, Long> section(String section) {
        var out = new TreeMap<String, Long>();
        var s = sections.get(section);
        if (s != null) s.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** A sorted snapshot of all sections. */
    public Map<String, Map<String, Long>> snapshot() {
        var out = new TreeMap<String, Map<String, Long>>();
        for (String name : sections.keySet()) out.put(name, section(name));
        return out;
    }

    /**
     * Counts a document as read from the input: its record bytes (raw bytes, or the UTF-8 of its text) in
     * {@code bytes.read} and in the {@link #LENGTH_READ} histogram. Both runners call this for every
     * document of the first segment.
     */
    public void countRead(dev.saring.model.Document d) {
        long size = d.raw().isPresent() ? d.raw().get().bytes().length : utf8Length(d.text());
        add(LENGTH_READ, sizeBucket(size), 1);
        add(BYTES, "read", size);
    }

    /** UTF-8 bytes of a string, without encoding it. */
    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) n++;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else n += 3;
        }
        return n;
    }

    /**
     * Counts what a kept document carries in {@code meta}: the per-kind counts of {@link #COUNTED_META} and
     * {@code token_count}, in total and by language. Both runners call this for every kept document.
     */
    public void countKept(dev.saring.model.Document d) {
        for (String key : COUNTED_META) {
            if (d.meta().get(key).orElse(null) instanceof Map<?, ?> counts) {
                counts.forEach((kind, n) -> {
                    if (n instanceof Number number) add(key, kind.toString(), number.longValue());
                });
            }
        }
        if (d.meta().get("token_count").orElse(null) instanceof Number tokens) {
            add(TOKENS, "total", tokens.longValue());
            add(TOKENS, d.lang().map(dev.saring.model.LanguageGuess::code).orElse("und"), tokens.longValue());
        }
    }

    /** Adds every counter of {@code other} to this. */
    public void merge(Stats other) {
        other.snapshot().forEach((section, values) -> values.forEach((k, v) -> add(section, k, v)));
    }

    public void writeJson(JsonGenerator g) throws IOException {
        g.writeStartObject();
        for (var section : snapshot().entrySet()) {
            g.writeObjectFieldStart(section.getKey());
            for (var e : section.getValue().entrySet()) g.writeNumberField(e.getKey(), e.getValue());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    public static Stats readJson(JsonNode n) {
        var stats = new Stats();
        n.fields().forEachRemaining(section -> section.getValue().fields()
                .forEachRemaining(e -> stats.add(section.getKey(), e.getKey(), e.getValue().asLong())));
        return stats;
    }

    /** The histogram key of a size: its power-of-two floor ({@code "1024"} for 1,024 to 2,047), {@code "0"} for 0. */
    public static String sizeBucket(long n) {
        return n <= 0 ? "0" : Long.toString(Long.highestOneBit(n));
    }

    @Override
    public String toString() {
        return "Stats" + snapshot();
    }
}
