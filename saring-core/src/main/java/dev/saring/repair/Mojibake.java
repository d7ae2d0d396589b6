package dev.saring.repair;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Undoes UTF-8 that was decoded as Windows-1252 or Latin-1 ({@code "cafÃ©"} to {@code "café"},
 * {@code "â€™"} to {@code "’"}), as ftfy's {@code fix_encoding} does for the common case, changing only
 * sequences that decode cleanly as UTF-8 once mapped back to bytes.
 *
 * <p>A sequence is a UTF-8 lead byte and its continuation bytes, each read from one character through
 * Windows-1252 (with Latin-1 for the five bytes Windows-1252 leaves undefined). Correct text rarely holds
 * such a pair, but it can ("daß…", French "É" before a no-break space), so the rules are strict:
 * <ul>
 *   <li>three- and four-byte sequences ({@code â€™}, {@code ðŸ˜€}) are fixed wherever they decode;</li>
 *   <li>two-byte sequences led by {@code Â}, {@code Ã}, {@code Ä} or {@code Å} (Latin-1's letters and signs,
 *       Latin Extended-A: {@code Å‚} for {@code ł}) are fixed where they decode;</li>
 *   <li>a no-break space counts as a continuation byte only after {@code Â}, {@code Ã} or {@code â};</li>
 *   <li>other two-byte sequences (Greek, Cyrillic, Hebrew, Arabic text: {@code Ð¿Ñ€Ð¸}) only in a run of at
 *       least two, since real mojibake of those scripts comes in words, not single letters.</li>
 * </ul>
 * Once one sequence passes these rules, the whole text evidently went through the wrong decoder, and every
 * sequence in it that decodes is fixed. Double mojibake ({@code Ã¢â‚¬â„¢}) is undone by a second round.
 *
 * <p>Stateless; safe to share across threads.
 */
final class Mojibake {

    /** Byte value of each char as Windows-1252 writes it, or -1; index = char value, for chars below 0x2200. */
    private static final short[] BYTE_OF = byteTable();

    private Mojibake() {
    }

    /** The text with mojibake undone (two rounds at most), and the number of sequences fixed in {@code fixes[0]}. */
    static String fix(String text, int[] fixes) {
        String out = text;
        for (int round = 0; round < 2; round++) {
            int[] strict = {0};
            String next = fixOnce(out, false, strict);
            if (next == out) break;
            // mojibake anywhere means the whole text went through the wrong decoder: fix every clean sequence
            int[] all = {0};
            next = fixOnce(out, true, all);
            fixes[0] += all[0];
            out = next;
        }
        return out;
    }

    private static String fixOnce(String s, boolean everySequence, int[] fixes) {
        int n = s.length();
        StringBuilder sb = null;
        int copied = 0;
        int i = 0;
        CharsetDecoder utf8 = null;
        byte[] buf = new byte[4];
        while (i < n) {
            int lead = byteOf(s.charAt(i));
            int len = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            if (len == 0 || i + len > n || !continuations(s, i + 1, len - 1)) {
                i++;
                continue;
            }
            if (!everySequence && lead != 0xC2 && lead != 0xC3 && lead != 0xE2 && holdsNoBreakSpace(s, i + 1, len - 1)) {
                i++;
                continue;
            }
            if (!everySequence && len == 2 && lead > 0xC5 && !(isTwoByteSequence(s, i + 2) || isTwoByteSequence(s, i - 2))) {
                i++;
                continue;
            }
            buf[0] = (byte) lead;
            for (int k = 1; k < len; k++) buf[k] = (byte) byteOf(s.charAt(i + k));
            if (utf8 == null) {
                utf8 = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            }
            String decoded;
            try {
                decoded = utf8.decode(ByteBuffer.wrap(buf, 0, len)).toString();
            } catch (CharacterCodingException e) {
                i++;
                continue;
            }
            if (sb == null) sb = new StringBuilder(n);
            sb.append(s, copied, i).append(decoded);
            fixes[0]++;
            i += len;
            copied = i;
        }
        if (sb == null) return s;
        return sb.append(s, copied, n).toString();
    }

    private static boolean continuations(String s, int from, int count) {
        for (int k = 0; k < count; k++) {
            int b = byteOf(s.charAt(from + k));
            if (b < 0x80 || b > 0xBF) return false;
        }
        return true;
    }

    /** A no-break space after a letter is mostly just that ("à\u00A0"), except in Latin-1's and punctuation's mojibake. */
    private static boolean holdsNoBreakSpace(String s, int from, int count) {
        for (int k = 0; k < count; k++) if (s.charAt(from + k) == '\u00A0') return true;
        return false;
    }

    /** Whether a two-byte sequence (lead 0xC2-0xDF, then a continuation byte) starts at {@code i}. */
    private static boolean isTwoByteSequence(String s, int i) {
        if (i < 0 || i + 2 > s.length()) return false;
        int lead = byteOf(s.charAt(i));
        int cont = byteOf(s.charAt(i + 1));
        return lead >= 0xC2 && lead <= 0xDF && cont >= 0x80 && cont <= 0xBF;
    }

    /** The character Windows-1252 gives for the byte of this C1 control's value, or 0 where it defines none. */
    static char windows1252(char c1) {
        byte[] b = {(byte) c1};
        String s = new String(b, Charset.forName("windows-1252"));
        char c = s.charAt(0);
        return c == '\uFFFD' || c == c1 ? 0 : c;
    }

    /** The byte Windows-1252 (or, where it has none, Latin-1) writes for {@code c}, or -1 for ASCII and others. */
    static int byteOf(char c) {
        if (c < 0x80 || c >= BYTE_OF.length) return -1;
        return BYTE_OF[c];
    }

    private static short[] byteTable() {
        var table = new short[0x2200];
        java.util.Arrays.fill(table, (short) -1);
        Charset cp1252 = Charset.forName("windows-1252");
        CharsetDecoder d = cp1252.newDecoder().onUnmappableCharacter(CodingErrorAction.REPORT).onMalformedInput(CodingErrorAction.REPORT);
        for (int b = 0x80; b <= 0xFF; b++) {
            try {
                CharBuffer cb = d.decode(ByteBuffer.wrap(new byte[]{(byte) b}));
                table[cb.charAt(0)] = (short) b;
            } catch (CharacterCodingException e) {
                table[b] = (short) b;   // undefined in Windows-1252: decoders that fall back to Latin-1 give U+0081 …
            }
        }
        // Latin-1 decoders give C1 controls for 0x80-0x9F where Windows-1252 has letters and signs
        for (int b = 0x80; b <= 0x9F; b++) if (table[b] < 0) table[b] = (short) b;
        return table;
    }
}
