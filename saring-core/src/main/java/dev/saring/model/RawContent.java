package dev.saring.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Undecoded bytes of a page before extraction, with what the transport said of them.
 *
 * @param bytes     the HTTP payload (already de-chunked and decompressed), not copied: do not modify
 * @param mediaType the media type without parameters ({@code text/html}), or empty if unknown
 * @param charset   the charset named by the transport ({@code Content-Type: ...; charset=...}), or null
 */
public record RawContent(byte[] bytes, String mediaType, String charset) {

    public RawContent {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(mediaType, "mediaType");
    }

    public Optional<String> declaredCharset() {
        return Optional.ofNullable(charset);
    }

    @Override
    public String toString() {
        return "RawContent[" + bytes.length + " bytes, " + mediaType + (charset == null ? "" : "; charset=" + charset) + "]";
    }
}
