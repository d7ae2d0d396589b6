package dev.saring.filter;

import dev.saring.text.Words;

import java.util.Arrays;

/**
 * What the quality rules measure of a text, computed in one pass of the shared tokenizer: each word's
 * offsets and a 64-bit hash (so that n-grams are compared without building strings), how many words hold
 * a letter, and how many runs of punctuation or symbols lie between words.
 *
 * <p>datatrove's word tokenizers (nltk, spaCy) return punctuation as tokens; {@link Words} does not. Ratios
 * that datatrove takes over "words" ({@code #} per word, words with a letter) are therefore taken here over
 * {@link #tokens()}: words plus runs of punctuation and symbols, which is what those tokenizers count.
 */
final class TextProfile {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final int INITIAL_WORDS = 256;

    final String text;
    final Words tokenizer;
    final int words;
    final int[] start;
    final int[] end;
    final long[] hash;
    final int wordsWithLetter;
    final int symbolRuns;

    private TextProfile(String text, Words tokenizer, int words, int[] start, int[] end, long[] hash,
                        int wordsWithLetter, int symbolRuns) {
        this.text = text;
        this.tokenizer = tokenizer;
        this.words = words;
        this.start = start;
        this.end = end;
        this.hash = hash;
        this.wordsWithLetter = wordsWithLetter;
        this.symbolRuns = symbolRuns;
    }

    static TextProfile of(String text, Words tokenizer) {
        var b = new Builder(text);
        tokenizer.forEachSpan(text, b);
        b.gap(b.lastEnd, text.length());
        return new TextProfile(text, tokenizer, b.n, b.start, b.end, b.hash, b.withLetter, b.symbolRuns);
    }

    /** Words plus runs of punctuation and symbols: the token count of datatrove's tokenizers. */
    int tokens() {
        return words + symbolRuns;
    }

    int length(int word) {
        return end[word] - start[word];
    }

    /** Index of the first word that starts at or after {@code offset}. */
    int firstWordAtOrAfter(int offset) {
        int i = Arrays.binarySearch(start, 0, words, offset);
        return i >= 0 ? i : -i - 1;
    }

    /** Collects spans, hashes and counts while the tokenizer walks the text. */
    private static final class Builder implements Words.SpanSink {
        final String text;
        int[] start = new int[INITIAL_WORDS];
        int[] end = new int[INITIAL_WORDS];
        long[] hash = new long[INITIAL_WORDS];
        int n;
        int withLetter;
        int symbolRuns;
        int lastEnd;

        Builder(String text) {
            this.text = text;
        }

        @Override
        public void accept(int s, int e) {
            if (n == start.length) {
                start = Arrays.copyOf(start, n * 2);
                end = Arrays.copyOf(end, n * 2);
                hash = Arrays.copyOf(hash, n * 2);
            }
            gap(lastEnd, s);
            long h = FNV_OFFSET;
            boolean letter = false;
            for (int i = s; i < e; i++) {
                char c = text.charAt(i);
                h = (h ^ c) * FNV_PRIME;
                letter |= Character.isLetter(c);
            }
            start[n] = s;
            end[n] = e;
            hash[n] = mix(h);
            n++;
            if (letter) withLetter++;
            lastEnd = e;
        }

        /** Counts the runs of non-space characters between two words. */
        void gap(int from, int to) {
            boolean inRun = false;
            for (int i = from; i < to; i++) {
                boolean space = Character.isWhitespace(text.charAt(i));
                if (!space && !inRun) symbolRuns++;
                inRun = !space;
            }
        }
    }

    /** Murmur3's 64-bit finaliser: spreads FNV's low-entropy high bits before n-gram hashes combine them. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
