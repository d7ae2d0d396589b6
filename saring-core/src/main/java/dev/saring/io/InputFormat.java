package dev.saring.io;

import java.util.Locale;

/** The formats saring reads. {@link #AUTO} chooses from the file name, then the first bytes. */
public enum InputFormat {
    AUTO, WARC, WET, JSONL, CSV, TSV, HTML, TEXT;

    /** The format for a CLI or config value, case-insensitive. */
    public static InputFormat parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown input format '" + s + "': use auto, warc, wet, jsonl, csv, tsv, html or text");
        }
    }
}
