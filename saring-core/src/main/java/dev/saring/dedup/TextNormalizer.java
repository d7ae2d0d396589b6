package dev.saring.dedup;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;

/**
 * The normal form under which two texts count as the same: Unicode NFC, case folded (full Unicode case
 * folding, so {@code "STRASSE"} and {@code "straße"} meet), every run of white space (any Unicode
 * {@code White_Space}, no-break spaces included) collapsed to one space and trimmed, and optionally
 * every decimal digit of any script replaced by {@code 0}. Immutable and safe to share across threads.
 *
 * <pre>{@code
 * TextNormalizer.defaults().normalize("  Harga NAIK\u00a0 5%\n");        // "harga naik 5%"
 * TextNormalizer.defaults().withMaskDigits(true).normalize("Rp 12.500");  // "rp 00.000"
 * }</pre>
 */
public final class TextNormalizer {

    private static final char DIGIT_MASK = '0';

    private final boolean maskDigits;
    private final Normalizer2 nfc = Normalizer2.getNFCInstance();

    private TextNormalizer(boolean maskDigits) {
        this.maskDigits = maskDigits;
    }

    /** NFC, case folded, white space collapsed; digits kept. */
    public static TextNormalizer defaults() {
        return new TextNormalizer(false);
    }

    public TextNormalizer withMaskDigits(boolean mask) {
        return new TextNormalizer(mask);
    }

    public boolean maskDigits() {
        return maskDigits;
    }

    /** The normal form of {@code text}. */
    public String normalize(CharSequence text) {
        String ascii = normalizeAscii(text);
        return ascii != null ? ascii : normalizeUnicode(text);
    }

    /**
     * The normal form of an all-ASCII text in one pass, null as soon as a non-ASCII character is met. On
     * ASCII, NFC changes nothing, case folding only lowers A-Z, and the white space is tab to carriage
     * return and the space: the same result as {@link #normalizeUnicode}, which a test holds it to.
     */
    static String normalizeAscii(CharSequence text, boolean maskDigits) {
        int n = text.length();
        var out = new StringBuilder(n);
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) return null;
            if (c == ' ' || (c >= '\t' && c <= '\r')) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            if (c >= 'A' && c <= 'Z') out.append((char) (c + ('a' - 'A')));
            else if (maskDigits && c >= '0' && c <= '9') out.append(DIGIT_MASK);
            else out.append(c);
        }
        return out.toString();
    }

    private String normalizeAscii(CharSequence text) {
        return normalizeAscii(text, maskDigits);
    }

    /** The normal form by the general path: ICU's NFC and case folding, then spaces and digits. */
    String normalizeUnicode(CharSequence text) {
        String composed = nfc.normalize(text);
        String folded = UCharacter.foldCase(composed, UCharacter.FOLD_CASE_DEFAULT);
        // Folding can decompose (U+0130 becomes i + combining dot): compose again when it did.
        if (!nfc.isNormalized(folded)) folded = nfc.normalize(folded);
        var out = new StringBuilder(folded.length());
        boolean pendingSpace = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (UCharacter.isUWhiteSpace(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            if (maskDigits && UCharacter.isDigit(cp)) out.append(DIGIT_MASK);
            else out.appendCodePoint(cp);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "TextNormalizer[nfc, casefold, spaces" + (maskDigits ? ", digits masked" : "") + "]";
    }
}
