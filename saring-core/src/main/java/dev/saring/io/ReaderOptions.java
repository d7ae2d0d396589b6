package dev.saring.io;

import java.util.Objects;

/**
 * How readers map input onto documents.
 *
 * @param textField   JSONL field (CSV column) holding the text ({@code text})
 * @param idField     JSONL field (CSV column) holding the id ({@code id}); missing ids become {@code file:line}
 * @param urlField    JSONL field (CSV column) holding the URL ({@code url})
 * @param maxDocBytes a record larger than this is skipped and reported as {@code too-large}
 */
public record ReaderOptions(String textField, String idField, String urlField, int maxDocBytes) {

    public static final ReaderOptions DEFAULTS = new ReaderOptions("text", "id", "url", 32 << 20);

    public ReaderOptions {
        Objects.requireNonNull(textField, "textField");
        Objects.requireNonNull(idField, "idField");
        Objects.requireNonNull(urlField, "urlField");
        if (maxDocBytes <= 0) throw new IllegalArgumentException("maxDocBytes must be > 0, was " + maxDocBytes);
    }

    public ReaderOptions withFields(String text, String id, String url) {
        return new ReaderOptions(text, id, url, maxDocBytes);
    }

    public ReaderOptions withMaxDocBytes(int max) {
        return new ReaderOptions(textField, idField, urlField, max);
    }
}
