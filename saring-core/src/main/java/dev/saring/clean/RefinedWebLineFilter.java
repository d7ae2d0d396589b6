package dev.saring.clean;

import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.pipeline.Params;
import dev.saring.pipeline.Step;

import java.util.List;
import java.util.Locale;

/**
 * The line-wise corrections of RefinedWeb (Penedo et al. 2023, appendix G.2, with the thresholds of the
 * DCLM reproduction), as a reference cleaner. A line is dropped when it is mostly capitals (more than half
 * of its characters), only digits, a counter ({@code 42 likes}, {@code 3,000 shares}) or a single word;
 * on a short line (at most 10 words) the pieces "Sign in"/"Sign out" at its start, "Read more" at its end
 * and "items in cart" anywhere are cut, and the line goes if nothing else is left. Blank lines are kept.
 * RefinedWeb's page rule (drop the page when these corrections remove over 5% of its words) is the quality
 * filters' job. Words are whitespace-separated pieces, as in RefinedWeb.
 *
 * <p>Immutable and safe to share across threads.
 *
 * <pre>{@code
 * Step rw = RefinedWebLineFilter.defaults();
 * rw.apply(doc).document().blocks();   // every line with its decision
 * }</pre>
 *
 * @param maxUppercaseRatio share of capital letters among a line's characters above which it is dropped
 * @param maxDigitRatio     share of digits above which a line is dropped
 * @param minWords          fewer whitespace words than this drop a line
 * @param maxWordsForPieces the piece rules apply to lines of at most this many words
 */
public record RefinedWebLineFilter(double maxUppercaseRatio, double maxDigitRatio, int minWords, int maxWordsForPieces)
        implements Step {

    public static final String NAME = "refinedweb-lines";

    private static final double DEFAULT_UPPERCASE = 0.5;
    private static final double DEFAULT_DIGITS = 0.999999;
    private static final int DEFAULT_MIN_WORDS = 2;
    private static final int DEFAULT_PIECE_WORDS = 10;
    private static final int MAX_SETTING = 1_000_000;
    private static final List<String> PREFIXES = List.of("sign-in", "sign in", "signin", "sign-out", "sign out", "signout");
    private static final List<String> SUFFIXES = List.of("read more...", "read more");
    private static final String ANYWHERE = "items in cart";
    private static final List<String> COUNTED = List.of("likes", "shares", "comments", "retweets", "reposts", "quotes",
            "bookmarks", "upvotes", "downvotes", "downloads", "views", "followers");

    public RefinedWebLineFilter {
        if (!(maxUppercaseRatio >= 0 && maxUppercaseRatio <= 1)) throw new IllegalArgumentException("maxUppercaseRatio must be in [0, 1], was " + maxUppercaseRatio);
        if (!(maxDigitRatio >= 0 && maxDigitRatio <= 1)) throw new IllegalArgumentException("maxDigitRatio must be in [0, 1], was " + maxDigitRatio);
        if (minWords < 0) throw new IllegalArgumentException("minWords must be >= 0, was " + minWords);
    }

    /** RefinedWeb's settings. */
    public static RefinedWebLineFilter defaults() {
        return new RefinedWebLineFilter(DEFAULT_UPPERCASE, DEFAULT_DIGITS, DEFAULT_MIN_WORDS, DEFAULT_PIECE_WORDS);
    }

    /** Settings {@code max_uppercase_ratio}, {@code max_digit_ratio}, {@code min_words}, {@code max_words_for_pieces}. */
    public static RefinedWebLineFilter fromParams(Params p) {
        var d = defaults();
        var f = new RefinedWebLineFilter(
                p.doubleIn("max_uppercase_ratio", d.maxUppercaseRatio, 0, 1),
                p.doubleIn("max_digit_ratio", d.maxDigitRatio, 0, 1),
                p.intIn("min_words", d.minWords, 0, MAX_SETTING),
                p.intIn("max_words_for_pieces", d.maxWordsForPieces, 0, MAX_SETTING));
        p.finish();
        return f;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome apply(Document doc) {
        return LinePage.applyToEachLine(doc, NAME, this::judge);
    }

    private String judge(LinePage page, int i) {
        String line = page.text[i];
        if (line.isEmpty()) return null;
        int chars = line.codePointCount(0, line.length());
        int upper = 0;
        int digits = 0;
        for (int k = 0; k < line.length(); ) {
            int cp = line.codePointAt(k);
            if (Character.isUpperCase(cp)) upper++;
            if (Character.isDigit(cp)) digits++;
            k += Character.charCount(cp);
        }
        if (upper > maxUppercaseRatio * chars) return "uppercase";
        if (digits > maxDigitRatio * chars) return "numeric";
        if (isCounter(line.toLowerCase(Locale.ROOT))) return "counter";
        int words = PlainWords.count(line);
        if (words < minWords) return "too-few-words";
        if (words <= maxWordsForPieces) {
            String edited = cutPieces(line);
            if (edited != line) {
                if (PlainWords.strip(edited).isEmpty()) return "piece";
                page.edit(i, edited);
            }
        }
        return null;
    }

    /** RefinedWeb's counter lines: optional non-word characters, a number (with , . and K/M/B), a counted noun. */
    static boolean isCounter(String lower) {
        int i = 0;
        int n = lower.length();
        while (i < n && !isWordChar(lower.charAt(i))) i++;
        if (i >= n || !Character.isDigit(lower.charAt(i))) return false;
        i++;
        while (i < n && (Character.isDigit(lower.charAt(i)) || lower.charAt(i) == ',' || lower.charAt(i) == '.')) i++;
        if (i < n && "kmb".indexOf(lower.charAt(i)) >= 0) i++;
        int spaces = i;
        while (i < n && Character.isWhitespace(lower.charAt(i))) i++;
        if (i == spaces) return false;
        for (String noun : COUNTED) {
            if (lower.startsWith(noun, i)) {
                int j = i + noun.length();
                while (j < n && !isWordChar(lower.charAt(j))) j++;
                if (j == n) return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The line without its sign-in prefix, read-more suffix or items-in-cart piece; the same instance if none. */
    static String cutPieces(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        String out = line;
        int at = lower.indexOf(ANYWHERE);
        if (at >= 0 && lower.length() == line.length()) {
            out = line.substring(0, at) + line.substring(at + ANYWHERE.length());
            lower = out.toLowerCase(Locale.ROOT);
        }
        for (String s : SUFFIXES) {
            if (lower.endsWith(s) && lower.length() == out.length()) {
                out = out.substring(0, out.length() - s.length());
                lower = out.toLowerCase(Locale.ROOT);
                break;
            }
        }
        for (String p : PREFIXES) {
            if (lower.startsWith(p) && lower.length() == out.length()) {
                out = out.substring(p.length());
                break;
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "RefinedWebLineFilter[maxUppercaseRatio=" + maxUppercaseRatio + ", maxDigitRatio=" + maxDigitRatio
                + ", minWords=" + minWords + ", maxWordsForPieces=" + maxWordsForPieces + "]";
    }
}
