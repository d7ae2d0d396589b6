package dev.saring.clean;

/**
 * Whitespace word counting as the reference pipelines do it ({@code len(line.split())} in Python): C4 and
 * RefinedWeb define their line rules on these words, so their reimplementations count the same way.
 */
final class PlainWords {

    private PlainWords() {
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Number of whitespace-separated pieces. */
    static int count(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean sp = isSpace(s.charAt(i));
            if (!sp && !in) n++;
            in = !sp;
        }
        return n;
    }

    /** Length of the longest whitespace-separated piece, in code points. */
    static int longest(String s) {
        int best = 0;
        int cur = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                cur = 0;
            } else if (!Character.isLowSurrogate(c)) {
                cur++;
                best = Math.max(best, cur);
            }
        }
        return best;
    }

    /** {@code s} without leading and trailing whitespace (Unicode spaces included, as Python's {@code strip()}). */
    static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) a++;
        while (b > a && isSpace(s.charAt(b - 1))) b--;
        return s.substring(a, b);
    }
}
