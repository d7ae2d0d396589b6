package dev.saring.lang.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into a bounded number of short windows that cover it evenly, at word boundaries: the cost of
 * identifying a document's language then depends on the number of windows, not on its length, and every
 * part of a long document (head, middle, tail) gets a say.
 */
public final class TextWindows {

    /** How far a window start may move forward to reach the start of a word. */
    private static final int MAX_WORD_SEEK = 32;

    private TextWindows() {
    }

    /**
     * At most {@code count} windows of at most {@code maxChars} characters: consecutive windows when the
     * text is short enough to be read whole, otherwise windows whose starts are spread evenly over it.
     *
     * <pre>{@code
     * TextWindows.spread("satu dua tiga empat", 4, 9);   // [satu dua, tiga, empat]
     * }</pre>
     */
    public static List<String> spread(String text, int count, int maxChars) {
        if (count < 1 || maxChars < 1) throw new IllegalArgumentException("count and maxChars must be >= 1");
        int len = text.length();
        var out = new ArrayList<String>();
        if (len <= (long) count * maxChars) {
            int i = 0;
            while (i < len && out.size() < count * 2) {
                i = skipSpace(text, i);
                if (i >= len) break;
                int end = cut(text, i, maxChars);
                out.add(text.substring(i, end).strip());
                i = end;
            }
            out.removeIf(String::isEmpty);
            return out;
        }
        for (int j = 0; j < count; j++) {
            int start = count == 1 ? (len - maxChars) / 2 : (int) ((long) (len - maxChars) * j / (count - 1));
            start = wordStart(text, start);
            int end = cut(text, start, maxChars);
            String w = text.substring(start, end).strip();
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    /** The first word start at or after {@code i} (within a short distance), else {@code i}. */
    private static int wordStart(String s, int i) {
        if (i == 0 || Character.isWhitespace(s.charAt(i - 1))) return skipSpace(s, i);
        int limit = Math.min(s.length(), i + MAX_WORD_SEEK);
        for (int k = i; k < limit; k++) {
            if (Character.isWhitespace(s.charAt(k))) return skipSpace(s, k);
        }
        return i;
    }

    /** The end of a window that starts at {@code start}: at most {@code maxChars} on, before a word if possible. */
    private static int cut(String s, int start, int maxChars) {
        int end = Math.min(s.length(), start + maxChars);
        if (end == s.length() || Character.isWhitespace(s.charAt(end))) return end;
        for (int k = end - 1; k > start; k--) {
            if (Character.isWhitespace(s.charAt(k))) return k;
        }
        return end;
    }
}
