package dev.saring.clean;

import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.model.Role;
import dev.saring.pipeline.Params;
import dev.saring.pipeline.Step;

import java.util.List;
import java.util.Locale;

/**
 * The line rules of C4 (Raffel et al. 2020, as in TensorFlow Datasets' {@code c4_utils.clean_page}), as a
 * reference cleaner: a line is kept only if it ends in terminal punctuation ({@code . ? ! " '}, not an
 * ellipsis), has at least 3 words, no word over 1000 characters, and mentions neither "javascript" nor
 * cookies or terms of use; Wikipedia citation marks are cut. C4's page-level rules (lorem ipsum, curly
 * bracket, fewer than 5 sentences drop the whole page) are applied here to the line only: dropping pages is
 * the quality filters' job. Words are whitespace-separated pieces, as in C4.
 *
 * <p>Immutable and safe to share across threads.
 *
 * <pre>{@code
 * Step c4 = C4LineFilter.defaults();
 * c4.apply(doc).document().text();   // the lines that pass C4's rules
 * }</pre>
 *
 * @param minWords           fewer whitespace words than this drop a line (C4: 3)
 * @param maxWordLength      a word longer than this drops the line (C4: 1000)
 * @param terminalPunctuation whether a line must end in terminal punctuation
 * @param removeCitations    whether {@code [1]}, {@code [edit]}, {@code [citation needed]} are cut
 */
public record C4LineFilter(int minWords, int maxWordLength, boolean terminalPunctuation, boolean removeCitations)
        implements Step {

    public static final String NAME = "c4-lines";

    private static final int DEFAULT_MIN_WORDS = 3;
    private static final int DEFAULT_MAX_WORD_LENGTH = 1000;
    private static final int MAX_SETTING = 1_000_000;
    private static final List<String> POLICY = List.of(
            "terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies", "use cookies");

    public C4LineFilter {
        if (minWords < 0) throw new IllegalArgumentException("minWords must be >= 0, was " + minWords);
        if (maxWordLength < 1) throw new IllegalArgumentException("maxWordLength must be >= 1, was " + maxWordLength);
    }

    /** C4's settings. */
    public static C4LineFilter defaults() {
        return new C4LineFilter(DEFAULT_MIN_WORDS, DEFAULT_MAX_WORD_LENGTH, true, true);
    }

    /** Settings {@code min_words}, {@code max_word_length}, {@code terminal_punctuation}, {@code remove_citations}. */
    public static C4LineFilter fromParams(Params p) {
        var d = defaults();
        var f = new C4LineFilter(
                p.intIn("min_words", d.minWords, 0, MAX_SETTING),
                p.intIn("max_word_length", d.maxWordLength, 1, MAX_SETTING),
                p.bool("terminal_punctuation", d.terminalPunctuation),
                p.bool("remove_citations", d.removeCitations));
        p.finish();
        return f;
    }

    public C4LineFilter withMinWords(int n) {
        return new C4LineFilter(n, maxWordLength, terminalPunctuation, removeCitations);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome apply(Document doc) {
        return LinePage.applyToEachLine(doc, NAME, new LinePage.LineRule() {
            @Override
            public String dropReason(LinePage page, int i) {
                return judge(page, i);
            }

            @Override
            public Role roleOf(String reason) {
                return reason.equals("policy") ? Role.LEGAL : Role.BOILERPLATE;
            }
        });
    }

    /** The reason to drop line i, or null to keep it (possibly edited). */
    private String judge(LinePage page, int i) {
        String line = PlainWords.strip(page.text[i]);
        if (PlainWords.longest(line) > maxWordLength) return "too-long-word";
        if (removeCitations) line = removeCitations(line);
        if (terminalPunctuation && (!endsWithTerminal(line) || line.endsWith("..."))) return "no-terminal-punct";
        if (PlainWords.count(page.text[i]) < minWords) return "too-few-words";
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.contains("lorem ipsum")) return "lorem-ipsum";
        if (lower.contains("javascript")) return "javascript";
        if (line.indexOf('{') >= 0) return "curly-bracket";
        for (String p : POLICY) {
            if (lower.contains(p)) return "policy";
        }
        page.edit(i, line);
        return null;
    }

    private static boolean endsWithTerminal(String line) {
        if (line.isEmpty()) return false;
        char c = line.charAt(line.length() - 1);
        return c == '.' || c == '?' || c == '!' || c == '"' || c == '\'';
    }

    /** Cuts {@code [123]}, {@code []}, {@code [edit]} and {@code [citation needed]}, as C4's citation pattern. */
    static String removeCitations(String s) {
        if (s.indexOf('[') < 0) return s;
        var sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '[') {
                int close = citationEnd(s, i);
                if (close > 0) {
                    i = close;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    private static int citationEnd(String s, int open) {
        int j = open + 1;
        while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
        if (j < s.length() && s.charAt(j) == ']') return j + 1;
        for (String word : new String[] {"[edit]", "[citation needed]"}) {
            if (s.startsWith(word, open)) return open + word.length();
        }
        return -1;
    }

    @Override
    public String toString() {
        return "C4LineFilter[minWords=" + minWords + ", maxWordLength=" + maxWordLength
                + ", terminalPunctuation=" + terminalPunctuation + ", removeCitations=" + removeCitations + "]";
    }
}
