package dev.saring.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores extracted text against a gold text as the benchmarks do: words are the matches of Python's
 * {@code \w+} on Unicode text, each text becomes the multiset of its word n-grams (shingles; a text shorter
 * than n words is one shingle of all its words), and the overlap of the two multisets gives true positives,
 * false positives and false negatives, normalised per page. The Zyte article-extraction benchmark uses
 * 4-word shingles of the text as it is ({@link #zyte()}); WCXB a bag of the lower-cased words
 * ({@link #wordBag()}); for Chinese and Japanese, where a {@code \w+} run is a whole sentence, each
 * ideograph counts as a word ({@link #wordBagCjk()}).
 *
 * <p>The tokenizer here is deliberately not {@link dev.saring.text.Words}: the benchmark's numbers are
 * only comparable when its own word rule is used. Immutable and safe to share across threads.
 *
 * <pre>{@code
 * ExtractionScorer scorer = ExtractionScorer.zyte();
 * ShingleMatch m = scorer.match(goldText, extractedText);
 * ExtractionScores total = ExtractionScores.of(List.of(m));
 * ExtractionScorer.wordBag().match("The cat sat", "the cat").f1();   // 0.8
 * }</pre>
 */
public final class ExtractionScorer {

    /** The benchmark's shingle length. */
    public static final int ZYTE_SHINGLE_WORDS = 4;

    private final int shingleWords;
    private final boolean lowerCase;
    private final boolean ideographWords;

    private ExtractionScorer(int shingleWords, boolean lowerCase, boolean ideographWords) {
        if (shingleWords < 1) throw new IllegalArgumentException("shingleWords must be >= 1, was " + shingleWords);
        this.shingleWords = shingleWords;
        this.lowerCase = lowerCase;
        this.ideographWords = ideographWords;
    }

    /** The Zyte benchmark's scorer: 4-word shingles. */
    public static ExtractionScorer zyte() {
        return new ExtractionScorer(ZYTE_SHINGLE_WORDS, false, false);
    }

    /** A scorer with shingles of {@code n} words. */
    public static ExtractionScorer withShingleWords(int n) {
        return new ExtractionScorer(n, false, false);
    }

    /** WCXB's scorer: the bag of the lower-cased {@code \w+} words ({@code re.findall(r'\w+', text.lower())}). */
    public static ExtractionScorer wordBag() {
        return new ExtractionScorer(1, true, false);
    }

    /** The bag of lower-cased words in which each CJK ideograph (and kana) is a word of its own. */
    public static ExtractionScorer wordBagCjk() {
        return new ExtractionScorer(1, true, true);
    }

    /** The overlap of the shingles of {@code predicted} with those of {@code gold}. */
    public ShingleMatch match(String gold, String predicted) {
        Map<String, int[]> counts = new HashMap<>();
        for (String s : shingles(gold)) counts.computeIfAbsent(s, k -> new int[2])[0]++;
        for (String s : shingles(predicted)) counts.computeIfAbsent(s, k -> new int[2])[1]++;
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int[] c : counts.values()) {
            tp += Math.min(c[0], c[1]);
            fp += Math.max(0, c[1] - c[0]);
            fn += Math.max(0, c[0] - c[1]);
        }
        double sum = tp + fp + fn;
        return sum == 0 ? ShingleMatch.NOTHING : new ShingleMatch(tp / sum, fp / sum, fn / sum);
    }

    /** The shingles of {@code text}: runs of n consecutive words joined by one space, in order. */
    public List<String> shingles(String text) {
        List<String> words = ideographWords ? wordsAndIdeographs(text) : words(text);
        if (lowerCase) words.replaceAll(w -> w.toLowerCase(Locale.ROOT));
        var out = new ArrayList<String>(Math.max(1, words.size()));
        int last = Math.max(1, words.size() - shingleWords + 1);
        for (int i = 0; i < last; i++) {
            String s = String.join(" ", words.subList(i, Math.min(words.size(), i + shingleWords)));
            if (!s.isEmpty()) out.add(s);
        }
        return out;
    }

    /**
     * The words of {@code text} as Python's {@code re.findall(r'\w+', text)} finds them: maximal runs of
     * letters (Unicode categories L*), numbers (Nd, Nl, No) and underscores. Combining marks are not word
     * characters in Python, so they split words, as they do there.
     */
    public static List<String> words(String text) {
        var out = new ArrayList<String>();
        if (text == null) return out;
        int n = text.length();
        int start = -1;
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isWordChar(cp)) {
                if (start < 0) start = i;
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i = next;
        }
        if (start >= 0) out.add(text.substring(start));
        return out;
    }

    /** {@link #words(String)}, but each CJK ideograph or kana is a word of its own (Korean, written with spaces, is not split). */
    public static List<String> wordsAndIdeographs(String text) {
        var out = new ArrayList<String>();
        for (String w : words(text)) {
            int start = 0;
            for (int i = 0; i < w.length(); ) {
                int cp = w.codePointAt(i);
                int next = i + Character.charCount(cp);
                if (isIdeographic(cp)) {
                    if (start < i) out.add(w.substring(start, i));
                    out.add(w.substring(i, next));
                    start = next;
                }
                i = next;
            }
            if (start < w.length()) out.add(start == 0 ? w : w.substring(start));
        }
        return out;
    }

    private static boolean isIdeographic(int cp) {
        if (Character.isIdeographic(cp)) return true;
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
    }

    private static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp) || Character.isDigit(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    @Override
    public String toString() {
        return "ExtractionScorer[shingle_words=" + shingleWords + ", lower_case=" + lowerCase
                + ", ideograph_words=" + ideographWords + "]";
    }
}
