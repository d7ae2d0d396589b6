package dev.saring.extract;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import dev.saring.model.RawContent;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the bytes of an HTML page into text. The charset comes from, in order: a byte order mark (it
 * cannot lie, so it outranks the transport as in the WHATWG encoding standard); the charset the transport
 * named, if Java knows it; a prescan of the first {@value #PRESCAN_BYTES} bytes for
 * {@code <meta charset>} or {@code <meta http-equiv="Content-Type" content="...; charset=...">};
 * the zeros of UTF-16 without a byte order mark; well-formed UTF-8; ICU's {@link CharsetDetector} when its confidence reaches
 * {@value #MIN_DETECTOR_CONFIDENCE}; else UTF-8 with malformed bytes replaced.
 *
 * <p>One departure from browsers, for crawled data: a declared legacy charset (transport or meta) gives way
 * to UTF-8 when the bytes are well-formed UTF-8 with at least {@value #MIN_UTF8_SEQUENCES_OVER_LABEL}
 * multi-byte sequences, since servers that label UTF-8 pages {@code ISO-8859-1} by default, and pages
 * re-encoded without their meta tag updated, are common, while legacy text that keeps forming valid UTF-8
 * sequences is not.
 *
 * <p>Labels are read as browsers read them: {@code iso-8859-1}, {@code latin1} and {@code us-ascii}
 * mean windows-1252, and a meta tag claiming UTF-16 means UTF-8 (a page that can be prescanned as ASCII is
 * not UTF-16). Stateless; safe to share across threads.
 *
 * <pre>{@code
 * String html = HtmlDecoder.decode(new RawContent(bytes, "text/html", "windows-1252"));
 * HtmlDecoder.Decoded d = HtmlDecoder.decodeWithEvidence(raw);   // d.charset(), d.evidence()
 * }</pre>
 */
public final class HtmlDecoder {

    /** How many leading bytes are searched for a {@code <meta>} charset declaration. */
    public static final int PRESCAN_BYTES = 4096;
    /** The lowest ICU detector confidence (0–100) that is trusted over the UTF-8 fallback. */
    public static final int MIN_DETECTOR_CONFIDENCE = 30;
    /**
     * Well-formed multi-byte UTF-8 sequences (with no malformed one before them) that outweigh a declared
     * legacy charset.
     */
    public static final int MIN_UTF8_SEQUENCES_OVER_LABEL = 8;
    /** How many leading bytes ICU's detector looks at. */
    public static final int DETECTOR_BYTES = 64 * 1024;

    /** How many leading bytes are looked at for the zeros of UTF-16 without a byte order mark. */
    static final int UTF16_SNIFF_BYTES = 1024;
    private static final int UTF16_MIN_PAIRS = 8;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int MAX_LABEL_LENGTH = 40;

    private HtmlDecoder() {
    }

    /**
     * Decoded text with the charset used and the evidence for it.
     *
     * @param text     the page as text, without byte order mark
     * @param charset  the charset the bytes were decoded with
     * @param evidence where that charset came from
     */
    public record Decoded(String text, Charset charset, CharsetEvidence evidence) {
    }

    /** The page as text. */
    public static String decode(RawContent raw) {
        return decodeWithEvidence(raw).text();
    }

    /** The page as text, with the charset chosen and why. */
    public static Decoded decodeWithEvidence(RawContent raw) {
        byte[] b = raw.bytes();
        int bomLength = 0;
        Charset bom = null;
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            bom = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            bom = StandardCharsets.UTF_16BE;
            bomLength = 2;
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            bom = StandardCharsets.UTF_16LE;
            bomLength = 2;
        }
        if (bom != null) return new Decoded(new String(b, bomLength, b.length - bomLength, bom), bom, CharsetEvidence.BOM);

        Optional<Charset> declared = raw.declaredCharset().flatMap(HtmlDecoder::charsetForLabel);
        CharsetEvidence evidence = CharsetEvidence.TRANSPORT;
        if (declared.isEmpty()) {
            declared = prescanMeta(b).flatMap(HtmlDecoder::charsetForLabel)
                    .map(c -> c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c);
            evidence = CharsetEvidence.META;
        }
        if (declared.isPresent() && (declared.get().equals(StandardCharsets.UTF_8)
                || multiByteUtf8Sequences(b) < MIN_UTF8_SEQUENCES_OVER_LABEL)) {
            return decoded(b, declared.get(), evidence);
        }
        // No label, or a legacy label on bytes that are well-formed UTF-8 with multi-byte characters: a
        // mislabel (a server default of ISO-8859-1, a stale meta tag) is far likelier than legacy text that
        // happens to form valid UTF-8 sequences again and again.
        if (declared.isEmpty()) {
            // UTF-16 without a byte order mark is well-formed "UTF-8" full of NULs: tell it by where the zeros are
            Optional<Charset> utf16 = sniffUtf16(b);
            if (utf16.isPresent()) return decoded(b, utf16.get(), CharsetEvidence.DETECTED);
        }
        String utf8 = strictUtf8(b);
        if (utf8 != null) return new Decoded(utf8, StandardCharsets.UTF_8, CharsetEvidence.VALID_UTF8);
        if (declared.isPresent()) return decoded(b, declared.get(), evidence);

        Optional<Charset> detected = detect(b);
        if (detected.isPresent()) return decoded(b, detected.get(), CharsetEvidence.DETECTED);

        return decoded(b, StandardCharsets.UTF_8, CharsetEvidence.FALLBACK);
    }

    /**
     * UTF-16LE or BE when, in the first {@value #UTF16_SNIFF_BYTES} bytes, at least a third of the byte pairs
     * have a zero on one side and almost none on the other (markup and Latin text in UTF-16); else empty.
     */
    static Optional<Charset> sniffUtf16(byte[] b) {
        int pairs = Math.min(b.length, UTF16_SNIFF_BYTES) / 2;
        if (pairs < UTF16_MIN_PAIRS) return Optional.empty();
        int zeroHigh = 0;
        int zeroLow = 0;
        for (int i = 0; i < pairs; i++) {
            if (b[2 * i + 1] == 0) zeroHigh++;   // little-endian: the high byte comes second
            if (b[2 * i] == 0) zeroLow++;
        }
        int most = pairs / 3;
        int few = pairs / 50;
        if (zeroHigh >= most && zeroLow <= few) return Optional.of(StandardCharsets.UTF_16LE);
        if (zeroLow >= most && zeroHigh <= few) return Optional.of(StandardCharsets.UTF_16BE);
        return Optional.empty();
    }

    /**
     * How many well-formed multi-byte UTF-8 sequences {@code b} holds, counting up to
     * {@value #MIN_UTF8_SEQUENCES_OVER_LABEL}; 0 as soon as a malformed one is met.
     */
    static int multiByteUtf8Sequences(byte[] b) {
        int count = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int extra = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (extra < 0) return 0;
            for (int k = 1; k <= extra; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) return 0;
            }
            if (++count >= MIN_UTF8_SEQUENCES_OVER_LABEL) return count;
            i += extra + 1;
        }
        return count;
    }

    private static Decoded decoded(byte[] b, Charset cs, CharsetEvidence evidence) {
        return new Decoded(new String(b, cs), cs, evidence);
    }

    /**
     * The charset a label names, read as browsers read it; empty for a label Java does not know.
     *
     * <pre>{@code
     * HtmlDecoder.charsetForLabel(" Latin1 ");   // Optional[windows-1252]
     * }</pre>
     */
    public static Optional<Charset> charsetForLabel(String label) {
        if (label == null) return Optional.empty();
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (l.length() >= 2 && (l.charAt(0) == '"' || l.charAt(0) == '\'')) l = l.substring(1, l.length() - 1).strip();
        if (l.isEmpty() || l.length() > MAX_LABEL_LENGTH) return Optional.empty();
        switch (l) {
            case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "iso_8859-1", "cp1252", "x-user-defined" -> {
                return Optional.of(WINDOWS_1252);
            }
            case "utf8", "unicode-1-1-utf-8" -> {
                return Optional.of(StandardCharsets.UTF_8);
            }
            default -> {
                try {
                    return Charset.isSupported(l) ? Optional.of(Charset.forName(l)) : Optional.empty();
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return Optional.empty();
                }
            }
        }
    }

    /** The text if {@code b} is well-formed UTF-8, else null. */
    static String strictUtf8(byte[] b) {
        // One pass over the bytes, then the JDK's fast decoder: on well-formed input it gives what a
        // reporting CharsetDecoder gives, without its two copies (a test holds the two to each other).
        return isWellFormedUtf8(b) ? new String(b, StandardCharsets.UTF_8) : null;
    }

    /** Whether {@code b} is well-formed UTF-8 as the Unicode standard's table 3-7 defines it. */
    static boolean isWellFormedUtf8(byte[] b) {
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            if (c >= 0xC2 && c <= 0xDF) {
                if (i + 1 >= n || !continuation(b[i + 1])) return false;
                i += 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                if (i + 2 >= n) return false;
                int c1 = b[i + 1] & 0xFF;
                int lo = c == 0xE0 ? 0xA0 : 0x80;
                int hi = c == 0xED ? 0x9F : 0xBF;
                if (c1 < lo || c1 > hi || !continuation(b[i + 2])) return false;
                i += 3;
            } else if (c >= 0xF0 && c <= 0xF4) {
                if (i + 3 >= n) return false;
                int c1 = b[i + 1] & 0xFF;
                int lo = c == 0xF0 ? 0x90 : 0x80;
                int hi = c == 0xF4 ? 0x8F : 0xBF;
                if (c1 < lo || c1 > hi || !continuation(b[i + 2]) || !continuation(b[i + 3])) return false;
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean continuation(byte x) {
        return (x & 0xC0) == 0x80;
    }

    /** {@link #strictUtf8} by a reporting CharsetDecoder: the reference the fast check is tested against. */
    static String strictUtf8ByDecoder(byte[] b) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return d.decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Optional<Charset> detect(byte[] b) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(true);   // skip markup, judge the text
        detector.setText(b.length > DETECTOR_BYTES ? Arrays.copyOf(b, DETECTOR_BYTES) : b);
        CharsetMatch match = detector.detect();
        if (match == null || match.getConfidence() < MIN_DETECTOR_CONFIDENCE) return Optional.empty();
        return charsetForLabel(match.getName());
    }

    /**
     * The charset label declared by the first {@code <meta>} that declares one within the first
     * {@value #PRESCAN_BYTES} bytes, skipping comments; empty when there is none.
     */
    static Optional<String> prescanMeta(byte[] b) {
        int end = Math.min(b.length, PRESCAN_BYTES);
        int i = 0;
        while (i < end) {
            if (b[i] != '<') {
                i++;
                continue;
            }
            if (startsWith(b, i, end, "<!--")) {
                int close = indexOf(b, i + 4, end, "-->");
                if (close < 0) return Optional.empty();
                i = close + 3;
                continue;
            }
            if (startsWithIgnoreCase(b, i + 1, end, "meta") && i + 5 < end && isSpaceOrSlash(b[i + 5])) {
                var tag = new MetaTag();
                i = tag.parse(b, i + 5, end);
                String label = tag.charsetLabel();
                if (label != null) return Optional.of(label);
                continue;
            }
            i++;
        }
        return Optional.empty();
    }

    private static boolean isSpaceOrSlash(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/';
    }

    private static boolean startsWith(byte[] b, int at, int end, String s) {
        if (at + s.length() > end) return false;
        for (int k = 0; k < s.length(); k++) {
            if (b[at + k] != s.charAt(k)) return false;
        }
        return true;
    }

    private static boolean startsWithIgnoreCase(byte[] b, int at, int end, String lower) {
        if (at + lower.length() > end) return false;
        for (int k = 0; k < lower.length(); k++) {
            int c = b[at + k] & 0xFF;
            if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
            if (c != lower.charAt(k)) return false;
        }
        return true;
    }

    private static int indexOf(byte[] b, int from, int end, String s) {
        for (int i = from; i + s.length() <= end; i++) {
            if (startsWith(b, i, end, s)) return i;
        }
        return -1;
    }

    /** The attributes of one {@code <meta>} tag that matter for the charset. */
    private static final class MetaTag {
        private String charset;
        private String httpEquiv;
        private String content;

        /** Reads attributes from {@code from} to the closing {@code >}; returns the index after it. */
        int parse(byte[] b, int from, int end) {
            int i = from;
            while (i < end) {
                while (i < end && (isSpaceOrSlash(b[i]))) i++;
                if (i >= end || b[i] == '>') return i + 1;
                int nameStart = i;
                while (i < end && b[i] != '=' && b[i] != '>' && !isSpaceOrSlash(b[i])) i++;
                String name = ascii(b, nameStart, i).toLowerCase(Locale.ROOT);
                while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) i++;
                String value = "";
                if (i < end && b[i] == '=') {
                    i++;
                    while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) i++;
                    if (i < end && (b[i] == '"' || b[i] == '\'')) {
                        byte quote = b[i++];
                        int vs = i;
                        while (i < end && b[i] != quote) i++;
                        value = ascii(b, vs, i);
                        i++;
                    } else {
                        int vs = i;
                        while (i < end && b[i] != '>' && !isSpaceOrSlash(b[i])) i++;
                        value = ascii(b, vs, i);
                    }
                }
                switch (name) {
                    case "charset" -> charset = value;
                    case "http-equiv" -> httpEquiv = value;
                    case "content" -> content = value;
                    default -> { }
                }
            }
            return i;
        }

        String charsetLabel() {
            if (charset != null && !charset.isBlank()) return charset;
            if (httpEquiv == null || content == null || !"content-type".equalsIgnoreCase(httpEquiv.strip())) return null;
            String c = content.toLowerCase(Locale.ROOT);
            int at = c.indexOf("charset");
            if (at < 0) return null;
            int i = at + "charset".length();
            while (i < c.length() && c.charAt(i) == ' ') i++;
            if (i >= c.length() || c.charAt(i) != '=') return null;
            i++;
            while (i < c.length() && (c.charAt(i) == ' ' || c.charAt(i) == '"' || c.charAt(i) == '\'')) i++;
            int s = i;
            while (i < c.length() && c.charAt(i) != ';' && c.charAt(i) != ' ' && c.charAt(i) != '"' && c.charAt(i) != '\'') i++;
            return i > s ? c.substring(s, i) : null;
        }

        private static String ascii(byte[] b, int from, int to) {
            return new String(b, from, Math.max(0, to - from), StandardCharsets.ISO_8859_1);
        }
    }
}
