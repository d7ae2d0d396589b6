package dev.saring.io;

import java.util.Locale;

/**
 * The format of a run's {@code clean/} shards. Rejects, errors and what segments hand to passes are JSONL
 * in every format: rejects mix records of two shapes (dropped documents, dropped lines of kept ones).
 */
public enum OutputFormat {
    /** {@code clean/part-NNNNN.jsonl} plus the compression's suffix: one JSON object per kept document. */
    JSONL,
    /**
     * {@code clean/part-NNNNN.parquet}: the same fields as JSONL's as columns, {@code source} a struct and
     * {@code meta} a JSON string; the compression is that of the Parquet pages.
     */
    PARQUET;

    public static OutputFormat parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown output format '" + s + "': use jsonl or parquet");
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
