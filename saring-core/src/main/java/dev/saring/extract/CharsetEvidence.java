package dev.saring.extract;

/** Where {@link HtmlDecoder} took a page's charset from, strongest evidence first. */
public enum CharsetEvidence {
    /** A byte order mark at the start of the bytes. */
    BOM,
    /** The charset the transport named ({@code Content-Type: text/html; charset=...}). */
    TRANSPORT,
    /** A {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} near the start of the page. */
    META,
    /** The bytes are well-formed UTF-8 (pure ASCII included). */
    VALID_UTF8,
    /** ICU's statistical detector, confident enough. */
    DETECTED,
    /** Nothing said: UTF-8, malformed bytes replaced by U+FFFD. */
    FALLBACK
}
