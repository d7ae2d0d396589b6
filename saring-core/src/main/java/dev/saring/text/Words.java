package dev.saring.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Splits text into words with ICU's Unicode word boundaries (UAX #29 plus dictionaries for Thai, Lao,
 * Khmer, Burmese, Chinese and Japanese), so that languages written without spaces are split into real
 * words. Punctuation and whitespace are not words; numbers are.
 *
 * <p>This is the one tokenizer of saring: quality filters count its words and dedup shingles them, so the
 * two always agree. Instances are immutable and safe to share across threads (each call clones ICU's
 * iterator, which is not thread-safe itself).
 *
 * <pre>{@code
 * Words.ROOT.split("Baca juga: Harga naik 5%.");   // [Baca, juga, Harga, naik, 5]
 * }</pre>
 */
public final class Words {

    /** Language-neutral rules; dictionaries still split CJK and Thai. */
    public static final Words ROOT = new Words(ULocale.ROOT);

    private final BreakIterator prototype;
    private final ULocale locale;

    private Words(ULocale locale) {
        this.locale = locale;
        this.prototype = BreakIterator.getWordInstance(locale);
    }

    /** A tokenizer with the rules of a language given as a BCP 47 tag ({@code id}, {@code ja}). */
    public static Words forLanguage(String languageTag) {
        return languageTag == null || languageTag.isEmpty() || "und".equals(languageTag)
                ? ROOT : new Words(ULocale.forLanguageTag(languageTag));
    }

    /** The words of {@code text}, in order. */
    public List<String> split(String text) {
        var out = new ArrayList<String>();
        forEach(text, out::add);
        return out;
    }

    /** Calls {@code sink} with each word of {@code text}, in order, without building a list. */
    public void forEach(String text, Consumer<String> sink) {
        BreakIterator it = (BreakIterator) prototype.clone();
        it.setText(text);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            if (it.getRuleStatus() != BreakIterator.WORD_NONE) {
                sink.accept(text.substring(start, end));
            }
        }
    }

    /**
     * Calls {@code sink} with the start (inclusive) and end (exclusive) offsets of each word of {@code text},
     * in order, without allocating a string per word: for filters that measure words rather than keep them.
     */
    public void forEachSpan(String text, SpanConsumer sink) {
        BreakIterator it = (BreakIterator) prototype.clone();
        it.setText(text);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            if (it.getRuleStatus() != BreakIterator.WORD_NONE) {
                sink.accept(start, end);
            }
        }
    }

    /** Receives the offsets of one word: {@code text.substring(start, end)} is the word. */
    @FunctionalInterface
    public interface SpanConsumer {
        void accept(int start, int end);
    }

    /** How many words {@code text} has. */
    public int count(String text) {
        BreakIterator it = (BreakIterator) prototype.clone();
        it.setText(text);
        int n = 0;
        it.first();
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            if (it.getRuleStatus() != BreakIterator.WORD_NONE) n++;
        }
        return n;
    }

    @Override
    public String toString() {
        return "Words[" + (locale.equals(ULocale.ROOT) ? "root" : locale.toLanguageTag()) + "]";
    }
}
