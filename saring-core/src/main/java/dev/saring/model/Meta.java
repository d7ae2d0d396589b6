package dev.saring.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Small immutable map of extra fields carried by a document: fields of a JSONL record that saring does not
 * model ({@code meta.*} in the output), and facts that steps add ({@code date}, {@code author},
 * {@code dup_cluster_size}). Values are JSON values: {@link String}, {@link Number}, {@link Boolean},
 * {@link java.util.List} or {@link Map} of those. Insertion order is kept, so output is deterministic.
 *
 * <pre>{@code
 * Meta m = Meta.EMPTY.with("author", "Rina").with("words", 412L);
 * m.string("author");   // Optional[Rina]
 * }</pre>
 */
public final class Meta {

    public static final Meta EMPTY = new Meta(Map.of());

    private final Map<String, Object> values;

    private Meta(Map<String, Object> values) {
        this.values = values;
    }

    /** A copy of the given map (order kept); null values are left out. */
    public static Meta of(Map<String, ?> values) {
        if (values.isEmpty()) return EMPTY;
        var copy = new LinkedHashMap<String, Object>();
        values.forEach((k, v) -> {
            if (v != null) copy.put(Objects.requireNonNull(k), v);
        });
        return new Meta(Collections.unmodifiableMap(copy));
    }

    /** A copy with {@code key} set to {@code value}; a null value removes the key. */
    public Meta with(String key, Object value) {
        var copy = new LinkedHashMap<>(values);
        if (value == null) copy.remove(key);
        else copy.put(Objects.requireNonNull(key), value);
        return new Meta(Collections.unmodifiableMap(copy));
    }

    public Optional<Object> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public Optional<String> string(String key) {
        Object v = values.get(key);
        return v == null ? Optional.empty() : Optional.of(v.toString());
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The values, read-only, in insertion order. */
    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Meta m && values.equals(m.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
