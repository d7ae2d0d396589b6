package dev.saring.bench;

import java.util.LinkedHashSet;
import java.util.SplittableRandom;

/**
 * Deterministic pseudo-Indonesian text for benchmarks: document {@code i} is always the same string for
 * the same seed, so a benchmark can generate a corpus twice (observe, then decide) without storing it.
 * Some documents are near-copies of an earlier one: the same words with a share replaced.
 *
 * <pre>{@code
 * var gen = new SyntheticText(42, 800);
 * String doc = gen.document(17);
 * }</pre>
 */
public final class SyntheticText {

    private static final String[] ONSETS = {"b", "c", "d", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "w", "ng", "ny", "tr"};
    private static final String[] VOWELS = {"a", "i", "u", "e", "o", "ai", "au"};
    private static final int VOCABULARY = 50_000;
    private static final int MIN_SENTENCE = 6;
    private static final int MAX_SENTENCE = 22;
    private static final int SENTENCES_PER_PARAGRAPH = 5;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    /** About one word in sixteen is followed by a comma. */
    private static final long COMMA_MASK = 0xf;

    private final long seed;
    private final int words;
    private final double copyShare;
    private final double editShare;
    private final char[][] vocabulary;

    /** Documents of about {@code words} words; 20% are near-copies with 1% of words replaced (Jaccard about 0.9). */
    public SyntheticText(long seed, int words) {
        this(seed, words, 0.2, 0.01);
    }

    public SyntheticText(long seed, int words, double copyShare, double editShare) {
        this.seed = seed;
        this.words = words;
        this.copyShare = copyShare;
        this.editShare = editShare;
        var rnd = new SplittableRandom(seed);
        var set = new LinkedHashSet<String>();
        while (set.size() < VOCABULARY) {
            var sb = new StringBuilder();
            int syllables = 1 + rnd.nextInt(4);
            for (int s = 0; s < syllables; s++) sb.append(ONSETS[rnd.nextInt(ONSETS.length)]).append(VOWELS[rnd.nextInt(VOWELS.length)]);
            set.add(sb.toString());
        }
        this.vocabulary = set.stream().map(String::toCharArray).toArray(char[][]::new);
    }

    /** The document at {@code index}: the text of its family, edited if it is a copy. */
    public String document(long index) {
        long family = familyOf(index);
        return text(family, family == index ? null : new SplittableRandom(mix(index) ^ GOLDEN));
    }

    /** The index of the original this document copies (following copies of copies), or {@code index} itself. */
    public long familyOf(long index) {
        long j = index;
        for (long up = parent(j); up != j; up = parent(j)) j = up;
        return j;
    }

    private long parent(long index) {
        if (index == 0) return 0;
        var rnd = new SplittableRandom(mix(index));
        return rnd.nextDouble() < copyShare ? rnd.nextLong(index) : index;
    }

    private String text(long family, SplittableRandom edits) {
        long state = mix(family) | 1;
        state = next(state);
        int n = words / 2 + bounded(state, words + 1);
        var sb = new StringBuilder(n * 8);
        int inSentence = 0;
        state = next(state);
        int sentenceLength = MIN_SENTENCE + bounded(state, MAX_SENTENCE - MIN_SENTENCE);
        int sentences = 0;
        for (int w = 0; w < n; w++) {
            state = next(state);
            char[] word = vocabulary[bounded(state, vocabulary.length)];
            if (edits != null && edits.nextDouble() < editShare) word = vocabulary[edits.nextInt(vocabulary.length)];
            if (inSentence == 0) {
                sb.append(Character.toUpperCase(word[0])).append(word, 1, word.length - 1);
            } else {
                sb.append(word);
            }
            if (++inSentence == sentenceLength) {
                sb.append(". ");
                inSentence = 0;
                state = next(state);
                sentenceLength = MIN_SENTENCE + bounded(state, MAX_SENTENCE - MIN_SENTENCE);
                if (++sentences % SENTENCES_PER_PARAGRAPH == 0) sb.setCharAt(sb.length() - 1, '\n');
            } else {
                sb.append((state & COMMA_MASK) == 0 ? ", " : " ");
            }
        }
        return sb.toString().trim();
    }

    /** xorshift64*: the generator's state after {@code x}. */
    private static long next(long x) {
        x ^= x >>> 12;
        x ^= x << 25;
        x ^= x >>> 27;
        return x * 0x2545F4914F6CDD1DL;
    }

    /** A value in [0, bound) from the high bits of {@code x}. */
    private static int bounded(long x, int bound) {
        return (int) (((x >>> 32) * bound) >>> 32);
    }

    private long mix(long x) {
        x = (x + seed) * GOLDEN;
        x ^= x >>> 31;
        x *= 0xBF58476D1CE4E5B9L;
        return x ^ (x >>> 29);
    }
}
