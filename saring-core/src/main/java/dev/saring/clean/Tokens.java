package dev.saring.clean;

import java.util.Arrays;

/**
 * The word-like tokens of one piece of text, with a case-insensitive 64-bit hash each: the unit in which
 * phrases are matched and line shapes are measured. A token is a run of letters, digits and combining
 * marks; in scripts written without spaces (Han, kana, Thai, Lao, Khmer, Burmese) every character is a
 * token of its own, so that phrases of those scripts match at any position.
 *
 * <p>Reusable scratch buffer: {@link #scan} overwrites the previous content. Not thread-safe; each call of
 * a step uses its own.
 */
final class Tokens {

    static final int UPPER_FIRST = 1;
    static final int LOWER_FIRST = 2;
    static final int DIGIT_FIRST = 4;
    static final int ALL_UPPER = 8;
    static final int SINGLE_CHAR_SCRIPT = 16;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final int INITIAL_CAPACITY = 256;

    String text = "";
    int count;
    int[] start = new int[INITIAL_CAPACITY];
    int[] end = new int[INITIAL_CAPACITY];
    long[] hash = new long[INITIAL_CAPACITY];
    int[] flags = new int[INITIAL_CAPACITY];

    /** Tokens of {@code s} between {@code from} (inclusive) and {@code to} (exclusive). */
    Tokens scan(String s, int from, int to) {
        text = s;
        count = 0;
        int i = from;
        while (i < to) {
            char ch = s.charAt(i);
            if (ch < 0x80) {
                if (!isAsciiAlnum(ch)) {
                    i++;
                    continue;
                }
                int end = asciiToken(s, i, to);
                if (end > 0) {
                    i = end;
                    continue;
                }
            }
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (!isTokenChar(cp)) {
                i += len;
                continue;
            }
            if (isSingleCharScript(cp)) {
                add(i, i + len, mix(FNV_OFFSET, Character.toLowerCase(cp)), SINGLE_CHAR_SCRIPT);
                i += len;
                continue;
            }
            int tokStart = i;
            long h = FNV_OFFSET;
            boolean anyUpper = false;
            boolean anyLower = false;
            int first = cp;
            while (i < to) {
                cp = s.codePointAt(i);
                if (!isTokenChar(cp) || isSingleCharScript(cp)) break;
                if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) anyUpper = true;
                else if (Character.isLowerCase(cp)) anyLower = true;
                h = mix(h, Character.toLowerCase(cp));
                i += Character.charCount(cp);
            }
            int f = 0;
            if (Character.isDigit(first)) f |= DIGIT_FIRST;
            else if (Character.isUpperCase(first) || Character.isTitleCase(first)) f |= UPPER_FIRST;
            else if (Character.isLowerCase(first)) f |= LOWER_FIRST;
            if (anyUpper && !anyLower) f |= ALL_UPPER;
            add(tokStart, i, h, f);
        }
        return this;
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * Scans an all-ASCII token from {@code start}: its end, or -1 when a non-ASCII character continues it (the
     * general path then scans it again).
     */
    private int asciiToken(String s, int start, int to) {
        long h = FNV_OFFSET;
        boolean anyUpper = false;
        boolean anyLower = false;
        int i = start;
        while (i < to) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (isTokenChar(s.codePointAt(i)) && !isSingleCharScript(s.codePointAt(i))) return -1;
                break;
            }
            if (c >= 'a' && c <= 'z') {
                anyLower = true;
            } else if (c >= 'A' && c <= 'Z') {
                anyUpper = true;
                c = (char) (c + ('a' - 'A'));
            } else if (c < '0' || c > '9') {
                break;
            }
            h = (h ^ c) * FNV_PRIME;
            i++;
        }
        char first = s.charAt(start);
        int f = first <= '9' ? DIGIT_FIRST : first <= 'Z' ? UPPER_FIRST : LOWER_FIRST;
        if (anyUpper && !anyLower) f |= ALL_UPPER;
        add(start, i, h, f);
        return i;
    }

    Tokens scan(String s) {
        return scan(s, 0, s.length());
    }

    boolean has(int token, int flag) {
        return (flags[token] & flag) != 0;
    }

    int length(int token) {
        return end[token] - start[token];
    }

    /** The case-insensitive hash of a word as {@link #scan} computes it for a token. */
    static long hashOf(CharSequence word) {
        long h = FNV_OFFSET;
        for (int i = 0; i < word.length(); ) {
            int cp = Character.codePointAt(word, i);
            h = mix(h, Character.toLowerCase(cp));
            i += Character.charCount(cp);
        }
        return h;
    }

    static boolean isTokenChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        if (Character.isLetterOrDigit(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Scripts written without spaces between words: each character counts as a token. */
    static boolean isSingleCharScript(int cp) {
        if (cp < 0x0E00) return false;
        return cp <= 0x0EFF                          // Thai, Lao
                || (cp >= 0x1000 && cp <= 0x109F)    // Burmese
                || (cp >= 0x1780 && cp <= 0x17FF)    // Khmer
                || (cp >= 0x2E80 && cp <= 0x9FFF)    // CJK radicals, kana, ideographs
                || (cp >= 0xF900 && cp <= 0xFAFF)    // CJK compatibility ideographs
                || (cp >= 0xFF66 && cp <= 0xFF9F)    // half-width katakana
                || (cp >= 0x20000 && cp <= 0x3FFFF); // CJK extensions
    }

    private static long mix(long h, int cp) {
        return (h ^ cp) * FNV_PRIME;
    }

    private void add(int s, int e, long h, int f) {
        if (count == start.length) {
            int n = count * 2;
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            hash = Arrays.copyOf(hash, n);
            flags = Arrays.copyOf(flags, n);
        }
        start[count] = s;
        end[count] = e;
        hash[count] = h;
        flags[count] = f;
        count++;
    }
}
