package dev.saring.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores extracted text against a gold text exactly as the Zyte article-extraction benchmark does: words
 * are the matches of Python's {@code \w+} on Unicode text, each text becomes the multiset of its word
 * n-grams (shingles, n = 4; a text shorter than n words is one shingle of all its words), and the overlap
 * of the two multisets gives true positives, false positives and false negatives, normalised per page.
 *
 * <p>The tokenizer here is deliberately not {@link dev.saring.text.Words}: the benchmark's numbers are
 * only comparable when its own word rule is used. Immutable and safe to share across threads.
 *
 * <pre>{@code
 * ExtractionScorer scorer = ExtractionScorer.zyte();
 * ShingleMatch m = scorer.match(goldText, extractedText);
 * ExtractionScores total = ExtractionScores.of(List.of(m));
 * }</pre>
 */
public final class ExtractionScorer {

    /** The benchmark's shingle length. */
    public static final int ZYTE_SHINGLE_WORDS = 4;

    private final int shingleWords;

    private ExtractionScorer(int shingleWords) {
        if (shingleWords < 1) throw new IllegalArgumentException("shingleWords must be >= 1, was " + shingleWords);
        this.shingleWords = shingleWords;
    }

    /** The Zyte benchmark's scorer: 4-word shingles. */
    public static ExtractionScorer zyte() {
        return new ExtractionScorer(ZYTE_SHINGLE_WORDS);
    }

    /** A scorer with shingles of {@code n} words. */
    public static ExtractionScorer withShingleWords(int n) {
        return new ExtractionScorer(n);
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
        List<String> words = words(text);
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

    private static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp) || Character.isDigit(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    @Override
    public String toString() {
        return "ExtractionScorer[shingle_words=" + shingleWords + "]";
    }
}
