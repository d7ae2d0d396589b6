package dev.saring.filter;

import java.util.ArrayList;
import java.util.List;

/** The ways datatrove's filters cut text into lines and paragraphs, each reproduced without regexes. */
final class Lines {

    private Lines() {
    }

    /** Python's {@code str.split("\n")}: every piece, empty ones included. */
    static List<String> splitOnNewline(String text) {
        var out = new ArrayList<String>();
        int from = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', from)) {
            out.add(text.substring(from, i));
            from = i + 1;
        }
        out.add(text.substring(from));
        return out;
    }

    /** Python's {@code str.splitlines()} for \n, \r\n and \r: no trailing empty line. */
    static List<String> splitLines(String text) {
        var out = new ArrayList<String>();
        int n = text.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(from, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                from = i + 1;
            }
        }
        if (from < n) out.add(text.substring(from));
        return out;
    }

    /** Offsets [start, end) of the lines of {@link #splitLines(String)}, as pairs. */
    static int[] lineSpans(String text) {
        var spans = new int[16];
        int k = 0;
        int n = text.length();
        int from = 0;
        for (int i = 0; i <= n; i++) {
            boolean eol = i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r';
            if (!eol) continue;
            if (i == n && from == n) break;
            if (k + 2 > spans.length) spans = java.util.Arrays.copyOf(spans, spans.length * 2);
            spans[k++] = from;
            spans[k++] = i;
            if (i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
            from = i + 1;
        }
        return java.util.Arrays.copyOf(spans, k);
    }

    /** Python's {@code re.split(r"\n{2,}", text)}: paragraphs separated by two or more line breaks. */
    static List<String> splitParagraphs(String text) {
        return splitOnRuns(text, 2);
    }

    /** Python's {@code re.split("\n+", text)}: lines, runs of line breaks counting as one. */
    static List<String> splitOnNewlineRuns(String text) {
        return splitOnRuns(text, 1);
    }

    private static List<String> splitOnRuns(String text, int minRun) {
        var out = new ArrayList<String>();
        int n = text.length();
        int from = 0;
        int i = 0;
        while (i < n) {
            if (text.charAt(i) != '\n') {
                i++;
                continue;
            }
            int j = i;
            while (j < n && text.charAt(j) == '\n') j++;
            if (j - i >= minRun) {
                out.add(text.substring(from, i));
                from = j;
            }
            i = j;
        }
        out.add(text.substring(from));
        return out;
    }

    /**
     * Words of a list setting: {@code "dan yang di"}, {@code "dan, yang"} or a JSON array as read
     * ({@code [dan, yang]}).
     */
    static List<String> listOfWords(String value) {
        var out = new ArrayList<String>();
        for (String w : value.replace('[', ' ').replace(']', ' ').replace(',', ' ').trim().split("\\s+")) {
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }
}
