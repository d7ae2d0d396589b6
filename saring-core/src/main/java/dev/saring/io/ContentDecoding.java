package dev.saring.io;

import com.github.luben.zstd.ZstdInputStreamNoFinalizer;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes an HTTP {@code Content-Encoding} on a payload held in memory, bounded in size (a small payload may
 * expand to gigabytes). Lenient where archives are known to be: a payload marked gzip that is not gzip was
 * stored decoded (ClueWeb does this) and is kept as is; a payload cut by the crawler keeps what decodes.
 */
final class ContentDecoding {

    /** The decoded payload, or why there is none. */
    sealed interface Result {
        record Decoded(byte[] bytes) implements Result {
        }

        record TooLarge() implements Result {
        }

        record Failed(String kind, String message) implements Result {
        }
    }

    private static final int GZIP_ID1 = 0x1f;
    private static final int GZIP_ID2 = 0x8b;
    private static final int ZLIB_METHOD_MASK = 0x0f;
    private static final int ZLIB_DEFLATE = 8;
    private static final int ZLIB_CHECK_DIVISOR = 31;
    /** First guess of how much a compressed page expands, to size the output buffer once. */
    private static final int EXPANSION_GUESS = 4;

    private ContentDecoding() {
    }

    /**
     * Decodes {@code payload} for the values of its {@code Content-Encoding} headers (applied in order, so
     * undone last first). Unknown encodings leave the bytes as they are; brotli, which needs a decoder
     * saring does not ship, is {@code unsupported-encoding}.
     */
    static Result decode(byte[] payload, List<String> contentEncodings, int maxBytes) {
        byte[] bytes = payload;
        List<String> codings = contentEncodings.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(v -> v.strip().toLowerCase(Locale.ROOT))
                .filter(v -> !v.isEmpty())
                .toList();
        for (int i = codings.size() - 1; i >= 0; i--) {
            String coding = codings.get(i);
            if (coding.equals("br")) {
                return new Result.Failed("unsupported-encoding", "Content-Encoding br (brotli) cannot be decoded");
            }
            Inflater inflater = coding.equals("deflate") ? new Inflater(!isZlib(bytes)) : null;
            BoundedBytes out = null;
            try (InputStream decoder = decoder(coding, bytes, inflater)) {
                if (decoder == null) continue;
                out = new BoundedBytes(maxBytes, (long) bytes.length * EXPANSION_GUESS);
                if (!out.readFrom(decoder)) return new Result.TooLarge();
            } catch (EOFException e) {
                // Cut short (WARC-Truncated by the crawler): what decoded is still the page's beginning.
                if (out == null || out.length() == 0) return failed(coding, e);
            } catch (IOException e) {
                return failed(coding, e);
            } finally {
                if (inflater != null) inflater.end();
            }
            bytes = out.toArray();
        }
        return bytes.length > maxBytes ? new Result.TooLarge() : new Result.Decoded(bytes);
    }

    /** A decoder for one coding, or null for identity and for values that are not encodings ("utf-8"). */
    private static InputStream decoder(String coding, byte[] bytes, Inflater inflater) throws IOException {
        return switch (coding) {
            // Not gzip although marked so: the archive stored the payload decoded.
            case "gzip", "x-gzip" -> isGzip(bytes) ? new GZIPInputStream(new ByteArrayInputStream(bytes)) : null;
            case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(bytes), inflater);
            case "zstd" -> new ZstdInputStreamNoFinalizer(new ByteArrayInputStream(bytes));
            default -> null;
        };
    }

    private static Result failed(String coding, IOException e) {
        return new Result.Failed("bad-record", "Content-Encoding " + coding + ": " + ErrorText.of(e));
    }

    private static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xff) == GZIP_ID1 && (b[1] & 0xff) == GZIP_ID2;
    }

    /** Whether the bytes start with a zlib header (RFC 1950); servers send both zlib and raw deflate as "deflate". */
    private static boolean isZlib(byte[] b) {
        return b.length >= 2 && (b[0] & ZLIB_METHOD_MASK) == ZLIB_DEFLATE
                && (((b[0] & 0xff) << 8) | (b[1] & 0xff)) % ZLIB_CHECK_DIVISOR == 0;
    }
}
