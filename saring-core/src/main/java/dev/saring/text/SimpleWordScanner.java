package dev.saring.text;

/**
 * Word spans of texts made only of characters for which the Unicode word-boundary rules (UAX #29)
 * reduce to a few cases: printable ASCII but {@code _}, tab and line breaks, Latin-1 letters, the
 * no-break space, dashes, curly quotes and the ellipsis. There a word is a run of letters and digits,
 * joined across one {@code . ' ’ ‘ :} between two letters (WB6/7) or one {@code . , ; ' ’ ‘} between two
 * digits (WB11/12); everything else breaks and is not a word. Gives exactly ICU's root spans on those
 * texts (property-tested against ICU) at a fraction of the cost; {@link Words} uses ICU for any other text.
 */
final class SimpleWordScanner {

    private static final int LATIN1_END = 0x100;
    private static final byte OUT = 0;
    private static final byte OTHER = 1;
    private static final byte LETTER = 2;
    private static final byte DIGIT = 3;
    /** Joins letters only (MidLetter). */
    private static final byte MID_LETTER = 4;
    /** Joins digits only (MidNum). */
    private static final byte MID_NUM = 5;
    /** Joins letters and digits (MidNumLet, Single_Quote). */
    private static final byte MID_BOTH = 6;
    private static final byte[] LATIN1 = latin1Classes();

    private SimpleWordScanner() {
    }

    private static byte[] latin1Classes() {
        byte[] c = new byte[LATIN1_END];
        for (int ch = 0x20; ch < 0x7f; ch++) c[ch] = OTHER;
        c['\t'] = OTHER;
        c['\n'] = OTHER;
        c['\r'] = OTHER;
        for (int ch = 'a'; ch <= 'z'; ch++) c[ch] = LETTER;
        for (int ch = 'A'; ch <= 'Z'; ch++) c[ch] = LETTER;
        for (int ch = '0'; ch <= '9'; ch++) c[ch] = DIGIT;
        c['_'] = OUT;   // ExtendNumLet: joins words by rules not handled here
        c[':'] = MID_LETTER;
        c[','] = MID_NUM;
        c[';'] = MID_NUM;
        c['.'] = MID_BOTH;
        c['\''] = MID_BOTH;
        c[0xa0] = OTHER;
        for (int ch = 0xc0; ch < LATIN1_END; ch++) c[ch] = LETTER;
        c[0xd7] = OTHER;
        c[0xf7] = OTHER;
        return c;
    }

    private static byte classOf(char ch) {
        if (ch < LATIN1_END) return LATIN1[ch];
        return switch (ch) {
            case '\u2013', '\u2014', '\u201c', '\u201d', '\u2026' -> OTHER;
            case '\u2018', '\u2019' -> MID_BOTH;
            default -> OUT;
        };
    }

    /** True if every character of {@code text} is one this scanner handles. */
    static boolean covers(String text) {
        return firstUncovered(text, 0) < 0;
    }

    /** Index of the first character at or after {@code from} that this scanner does not handle, or -1. */
    static int firstUncovered(String text, int from) {
        for (int i = from, n = text.length(); i < n; i++) {
            if (classOf(text.charAt(i)) == OUT) return i;
        }
        return -1;
    }

    /** The word spans of {@code text}, which {@link #covers} must accept. */
    static void forEachSpan(String text, Words.SpanSink sink) {
        forEachSpan(text, 0, text.length(), sink);
    }

    /**
     * The word spans of {@code text} in [{@code from}, {@code to}), all of whose characters this scanner
     * handles, as if that range were the whole text.
     */
    static void forEachSpan(String text, int from, int to, Words.SpanSink sink) {
        int n = to;
        int i = from;
        while (i < n) {
            byte c = classOf(text.charAt(i));
            if (c != LETTER && c != DIGIT) {
                i++;
                continue;
            }
            int start = i;
            byte last = c;
            i++;
            while (i < n) {
                byte d = classOf(text.charAt(i));
                if (d == LETTER || d == DIGIT) {
                    last = d;
                    i++;
                    continue;
                }
                if (i + 1 < n) {
                    byte next = classOf(text.charAt(i + 1));
                    boolean letters = last == LETTER && next == LETTER && (d == MID_LETTER || d == MID_BOTH);
                    boolean digits = last == DIGIT && next == DIGIT && (d == MID_NUM || d == MID_BOTH);
                    if (letters || digits) {
                        last = next;
                        i += 2;
                        continue;
                    }
                }
                break;
            }
            sink.accept(start, i);
        }
    }
}
